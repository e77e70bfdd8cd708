# expect: output contained

def leak(obj):
    # What an escaped program would do with a module or a builtins dict: print the environment.
    for key in ("environ", "getenv", "popen", "system", "execv", "listdir"):
        if hasattr(obj, key):
            print("ESCAPED via", key, getattr(obj, key))
    if isinstance(obj, dict):
        for key in ("os", "sys", "posix", "subprocess", "environ"):
            if key in obj:
                print("ESCAPED via", key, obj[key])
class A:
    pass
try:
    mro = A.__mro__
    obj = mro[-1]
    d = obj.__dict__
    for k, v in list(d.items()):
        leak(getattr(v, "__globals__", {}) or {})
except Exception:
    pass
print('contained')
