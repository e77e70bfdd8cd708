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
def f():
    return 1
c = f.__code__
for name in ("co_code", "co_consts", "co_names", "replace", "co_filename", "co_firstlineno"):
    try:
        getattr(c, name)
    except AttributeError:
        pass
try:
    c2 = c.replace(co_code=b"\x00" * 64)
    f.__code__ = c2
    f()
except Exception:
    pass
print('contained')
