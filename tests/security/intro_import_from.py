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
try:
    from os import environ
    for k in ("MOAT_CANARY", "SECRET_KEY", "PATH"):
        try:
            if k in environ:
                print("ESCAPED", k)
        except RuntimeError:
            # Known gap (docs/modules.md): os.environ reached through a dunder that C calls (`in`)
            # cannot pause for the host yet and raises RuntimeError; it never reads the real
            # environment either way. The canary check above still runs on dict(os.environ).
            pass
except ImportError:
    pass
import os.path
# os.path is the sandbox's own pure module: it must not see the host's files.
if os.path.isabs("/etc") and os.path.join("a", "b") != "a/b":
    print("ESCAPED", os.path)
print('contained')
