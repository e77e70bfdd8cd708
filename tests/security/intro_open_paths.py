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
for path in ("canary.txt", "../canary.txt", "/etc/passwd", "/proc/self/environ", "..\\..\\x", "file:///etc/passwd", "/dev/stdin"):
    try:
        with open(path) as f:
            print("ESCAPED read", f.read())
    except Exception:
        pass
print('contained')
