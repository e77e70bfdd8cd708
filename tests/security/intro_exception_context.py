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
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    ctx = e.__context__
    for name in ("__traceback__", "__cause__", "__context__", "args"):
        getattr(ctx, name, None)
    try:
        leak(ctx.__traceback__.tb_frame.f_globals)
    except AttributeError:
        pass
print('contained')
