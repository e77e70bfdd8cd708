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
        pass
bm = A().m
for attr in ("__func__", "__self__"):
    getattr(bm, attr)
leak(bm.__func__.__globals__)
try:
    leak(bm.__func__.__globals__["__builtins__"])
except (KeyError, TypeError):
    pass
print('contained')
