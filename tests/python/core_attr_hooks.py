class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"): return name * 2
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xy, getattr(l, "xz"), hasattr(l, "q"), getattr(l, "q", "d"))
try: l.q
except AttributeError as e: print("AttributeError:", e)
class Guard:
    def __setattr__(self, name, value):
        print("set", name, value)
        if name == "ro": raise AttributeError("read-only " + name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name); object.__delattr__(self, name)
g = Guard(); g.a = 1
try: g.ro = 2
except AttributeError as e: print("AttributeError:", e)
del g.a
print(vars(g))
setattr(g, "b", 3); delattr(g, "b")
class Trace:
    def __init__(self): self.v = 5
    def __getattribute__(self, name):
        if name == "secret": return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback " + name
t = Trace(); print(t.v, t.secret, t.other)
class Raise:
    def __getattribute__(self, name): raise AttributeError(name)
    def __getattr__(self, name): return "ga:" + name
print(Raise().anything)
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v): setattr(self._t, n, v)
class Target: pass
tg = Target(); px = Proxy(tg); px.z = 9; print(tg.z, px.z)
print(getattr(px, "upper", None))
try: getattr(1, 2)
except TypeError as e: print("TypeError:", e)
try: object().x = 1
except AttributeError as e: print("AttributeError:", e)
