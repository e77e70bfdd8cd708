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
def gen():
    yield 1
g = gen()
for name in ("gi_frame", "gi_code", "gi_running", "gi_yieldfrom", "gi_suspended"):
    try:
        v = getattr(g, name)
        leak(getattr(v, "f_globals", {}))
    except AttributeError:
        pass
print('contained')
