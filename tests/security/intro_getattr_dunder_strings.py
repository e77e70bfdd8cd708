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
names = ["__class__", "__base__", "__subclasses__", "__init__", "__globals__", "__builtins__", "__import__"]
obj = 0
try:
    for n in names:
        obj = getattr(obj, n)
        if callable(obj) and n == "__subclasses__":
            obj = obj()[0]
except Exception:
    pass
print('contained')
