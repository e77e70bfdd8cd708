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
try:
    fr = g.gi_frame
    while fr is not None:
        leak(fr.f_globals)
        leak(fr.f_builtins)
        fr = fr.f_back
except AttributeError:
    pass
print('contained')
