class Single:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
a = Single(1); b = Single(2)
print(a is b, a.v)
class Pos(int):
    def __new__(cls, v): return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__)
class NotSelf:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NotSelf())
class Log:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return object.__new__(cls)
    def __init__(self, *args): print("init", args)
Log(1, 2)
class NoInit: pass
try: NoInit(1)
except TypeError as e: print("TypeError:", e)
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print("TypeError:", e)
class Args:
    def __init__(self, a, b=2, *, c): self.t = (a, b, c)
print(Args(1, c=3).t)
try: Args()
except TypeError as e: print("TypeError:", e)
try: object.__new__(1)
except TypeError as e: print("TypeError:", e)
class T(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
print(T(1, 2), T(1, 2)[1])
