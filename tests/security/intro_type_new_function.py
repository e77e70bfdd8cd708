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
def f():
    return 1
FunctionType = type(f)
CodeType = type(f.__code__)
try:
    g = FunctionType(f.__code__, {"__builtins__": {}})
    g()
except Exception:
    pass
try:
    CodeType(0, 0, 0, 0, 0, 0, b"\x64\xff\x53\x00", (), (), (), "", "", "", 1, b"", b"", (), ())
except Exception:
    pass
print('contained')
