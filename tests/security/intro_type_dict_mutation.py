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
    d = type.__dict__
    d["evil"] = 1
except Exception:
    pass
print(hasattr(type, "evil") and "ESCAPED type dict" or "", end="")
print('contained')
