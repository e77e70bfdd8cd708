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
    def m(self):
        s = super()
        for n in ("__self_class__", "__thisclass__", "__self__"):
            getattr(s, n, None)
        return s
try:
    s = A().m()
    leak(getattr(s, "__init__", None).__globals__)
except Exception:
    pass
print('contained')
