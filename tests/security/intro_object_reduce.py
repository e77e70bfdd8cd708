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
for obj in (1, [], object(), "s"):
    for meth in ("__reduce__", "__reduce_ex__"):
        try:
            r = getattr(obj, meth)(2)
            for part in r if isinstance(r, tuple) else ():
                leak(getattr(part, "__globals__", {}))
                m = getattr(part, "__module__", None)
                if m in ("copyreg", "os"):
                    print("ESCAPED", meth, part)
        except Exception:
            pass
print('contained')
