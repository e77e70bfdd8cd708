class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self): return "m"
r = Recorder()
r.a = 1
_ = r.a
r.method()
del r.a
try: r.a
except AttributeError as e: print("AttributeError:", e)
print(r.log)
class Frozen:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x); object.__setattr__(self, "y", y)
    def __setattr__(self, n, v): raise AttributeError(f"cannot assign to field '{n}'")
    def __delattr__(self, n): raise AttributeError(f"cannot delete field '{n}'")
    def __repr__(self): return f"Frozen(x={self.x}, y={self.y})"
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
f = Frozen(1, 2); print(f, f == Frozen(1, 2), len({f, Frozen(1, 2)}))
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y")):
    try: action()
    except AttributeError as e: print("AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
d = Dyn(); print(d.get_x(), d.get_name())
try: d.other
except AttributeError as e: print("AttributeError:", e)
print(getattr(d, "other", "default"), hasattr(d, "get_y"))
class Base:
    def __getattr__(self, n): return "base:" + n
class Child(Base): pass
print(Child().anything)
class Counting:
    def __init__(self): self.__dict__["n"] = 0
    def __setattr__(self, k, v): self.__dict__["n"] += 1; self.__dict__[k] = v
c = Counting(); c.a = 1; c.b = 2; print(c.n, c.a, c.b)
print(object.__getattribute__(c, "a"), type(c).__getattribute__ is object.__getattribute__)
