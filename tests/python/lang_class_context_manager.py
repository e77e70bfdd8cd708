class Res:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, tb is not None if t else None)
        return t is KeyError
with Res() as r:
    print(type(r).__name__)
with Res():
    raise KeyError("swallowed")
try:
    with Res():
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
