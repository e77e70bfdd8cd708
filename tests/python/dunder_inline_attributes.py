# Property accessors, Python descriptors and __getattr__ run as inline frames: values, setters,
# deleters, the AttributeError fallback to __getattr__, and .name/.obj on AttributeErrors.
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
p = P()
p.v = 5
print(p.v)
del p.v
print(hasattr(p, "_v"), hasattr(p, "v"))

class G:
    @property
    def p(self):
        raise AttributeError("inner")
    @property
    def q(self):
        return "q"
    def __getattr__(self, k):
        return "ga:" + k
g = G()
print(g.p, g.q, g.zz, getattr(g, "p"))

class Q:
    @property
    def p(self):
        return self.missing
try:
    Q().p
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)

class NoSet:
    @property
    def r(self):
        return 1
try:
    NoSet().r = 2
except AttributeError as e:
    print(e)

class cached:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        print("computed", v)
        return v
class DataDesc:
    def __get__(self, obj, owner):
        return ("get", owner.__name__)
    def __set__(self, obj, v):
        print("set", v)
class C:
    @cached
    def data(self):
        return 42
    dd = DataDesc()
c = C()
print(c.data, c.data, type(C.data).__name__)
c.__dict__["dd"] = "shadow"
print(c.dd)
c.dd = 3

class Slots:
    __slots__ = ("v",)
    def __init__(self):
        self.v = 3
    @property
    def w(self):
        return self.v * 2
print(Slots().w)

class M:
    def __getattr__(self, k):
        if k.startswith("_"):
            raise AttributeError(k)
        return k.upper()
m = M()
print(m.abc, m.hello.lower())
m.value = 1
m.valeu
