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
def outer():
    secret = "inner"
    def inner():
        return secret
    return inner
fn = outer()
cells = fn.__closure__ or ()
for c in cells:
    v = c.cell_contents
    if v != "inner":
        print("unexpected", v)
try:
    cells[0].cell_contents = 42
except (AttributeError, TypeError):
    pass
print('contained')
