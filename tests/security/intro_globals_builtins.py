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
    pass
g = f.__globals__
leak(g)
b = g.get("__builtins__")
if b is not None:
    leak(b if isinstance(b, dict) else getattr(b, "__dict__", {}))
print('contained')
