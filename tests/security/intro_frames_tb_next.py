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
def boom():
    raise ValueError("x")
try:
    boom()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        try:
            leak(tb.tb_frame.f_globals)
        except AttributeError:
            pass
        tb = getattr(tb, "tb_next", None)
        n += 1
print('contained')
