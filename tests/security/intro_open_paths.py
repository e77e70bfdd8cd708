# expect: output contained

def leak(obj, depth=0):
    # What an escaped program would do with a module or a namespace: read the environment, run a
    # command, list files. Whatever it reads is printed only if it holds the runner's canary
    # (environment values and a file canary.txt next to the program), so a sandboxed os/sys module
    # with an empty, virtual environment passes and a real one fails.
    loot = []
    if isinstance(obj, dict):
        for key in ("os", "sys", "posix", "subprocess"):
            if key in obj and depth < 2:
                leak(obj[key], depth + 1)
        return
    for key in ("environ", "getenv", "popen", "system", "listdir"):
        try:
            fn = getattr(obj, key, None)
            if fn is None:
                continue
            if key == "environ":
                loot.append(repr(dict(fn)))
            elif key == "getenv":
                loot.append(repr(fn("MOAT_CANARY")))
            elif key == "popen":
                loot.append(fn("env; cat canary.txt").read())
            elif key == "system":
                fn("env; cat canary.txt")
            else:
                loot.append(repr(fn(".")))
        except Exception:
            pass
    for text in loot:
        if "MOAT-CANARY" in text or "canary.txt" in text:
            print("ESCAPED", text)
for path in ("canary.txt", "../canary.txt", "/etc/passwd", "/proc/self/environ", "..\\..\\x", "file:///etc/passwd", "/dev/stdin"):
    try:
        with open(path) as f:
            print("ESCAPED read", f.read())
    except Exception:
        pass
print('contained')
