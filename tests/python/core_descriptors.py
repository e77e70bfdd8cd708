class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name); delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None): return "nondata from " + (objtype.__name__ if objtype else "?")
class P:
    age = Typed(int)
    name = Typed(str)
    nd = NonData()
p = P(); p.age = 5; p.name = "x"
print(p.age, p.name, type(P.age).__name__)
try: p.age = "old"
except TypeError as e: print("TypeError:", e)
del p.age; print(p.age)
print(p.nd, P.nd)
p.__dict__["nd"] = "instance wins"; print(p.nd)
p.__dict__["age"] = 99; print(p.age)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.f.__name__] = v; return v
class C:
    calls = 0
    @Lazy
    def data(self):
        C.calls += 1; return [1, 2, 3]
c = C(); print(c.data, c.data, C.calls)
class Meth:
    def f(self): return self
m = Meth()
bm = m.f
print(bm.__self__ is m, bm.__func__ is Meth.f, Meth.f.__get__(m)() is m, bm == m.f, type(bm).__name__)
print(Meth.__dict__["f"].__get__(None, Meth) is Meth.f)
class WithCall:
    def __call__(self, x): return x * 2
class Holder:
    w = WithCall()
print(Holder().w(4))
def plain(self): return "plain " + type(self).__name__
Holder.plain = plain
print(Holder().plain())
h = Holder(); h.inst_fn = plain
try: h.inst_fn()
except TypeError as e: print("TypeError:", e)
