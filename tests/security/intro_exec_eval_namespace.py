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
ns = {}
try:
    exec("x = __builtins__", ns)
    leak(ns["x"] if isinstance(ns["x"], dict) else ns["x"].__dict__)
except Exception:
    pass
try:
    r = eval("__import__('os')")
    leak(r)
except Exception:
    pass
print('contained')
