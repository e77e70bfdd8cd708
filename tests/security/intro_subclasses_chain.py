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
try:
    for cls in ().__class__.__bases__[0].__subclasses__():
        init = getattr(cls, "__init__", None)
        g = getattr(init, "__globals__", None)
        if g:
            leak(g)
            if "os" in g:
                leak(g["os"])
except Exception:
    pass
print('contained')
