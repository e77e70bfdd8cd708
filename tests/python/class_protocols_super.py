class Base:
    registry = []
    def __init__(self, name):
        self.name = name
        Base.registry.append(name)
    def __str__(self):
        return f"<{type(self).__name__} {self.name}>"
    @classmethod
    def make(cls, n):
        return cls(n)
class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    @classmethod
    def make(cls, n):
        obj = super().make(n) if False else cls(n, 0)
        return obj
    def describe(self):
        return super().__str__() + f" extra={self.extra}"
c = Child.make("c")
print(c, c.describe(), Base.registry)
print(str(Base("b")), Base.registry)
def add_hello(cls):
    cls.hello = lambda self: "hello from " + self.name
    return cls
@add_hello
class D(Base):
    pass
print(D("d").hello())
class Outer:
    class Inner:
        v = 5
    def get(self):
        return self.Inner.v
print(Outer().get(), Outer.Inner.__qualname__)
class V:
    x = 10
    y = [x for _ in range(2)] if False else None
    def m(self):
        return x_global
x_global = "g"
print(V().m(), V.y)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __bool__(self):
        return bool(self.x or self.y)
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, k):
        return self.x * k
    def __lt__(self, o):
        return self.x < o.x
v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), list(v), v[1], len(v), bool(Vec(0, 0)), 4 in v, v(10))
a, b = v
print(a, b, sorted([Vec(3, 1), Vec(1, 1)]))
v += Vec(1, 1)
print(v)
class Counter:
    def __init__(self):
        self.n = 0
    def __enter__(self):
        self.n += 1
        return self
    def __exit__(self, *a):
        self.n += 10
        return False
with Counter() as cc:
    pass
print(cc.n)
class S:
    __slots__ = ()
class WithCls:
    def who(self):
        return __class__.__name__
print(WithCls().who())
class A1:
    def f(self):
        return "A1"
class B1(A1):
    def f(self):
        return "B1>" + super(B1, self).f()
print(B1().f())
class Meta(type):
    pass
class UsesMeta(metaclass=Meta):
    pass
print(type(UsesMeta).__name__)
class E1(Exception):
    pass
class E2(E1):
    def __str__(self):
        return "custom E2"
try:
    raise E2("x")
except E1 as e:
    print(e, type(e).__name__, isinstance(e, Exception))
print(getattr(c, "missing", "dflt"), hasattr(c, "extra"))
class Gen:
    def items(self):
        for i in range(3):
            yield i * i
print(list(Gen().items()))
