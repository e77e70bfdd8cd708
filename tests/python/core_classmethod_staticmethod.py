class Shape:
    registry = []
    def __init__(self, n): self.n = n
    @classmethod
    def make(cls, n): return cls(n)
    @staticmethod
    def helper(a, b): return a + b
    @classmethod
    def register(cls): cls.registry.append(cls.__name__); return cls
class Sq(Shape): pass
s = Sq.make(3)
print(type(s).__name__, s.n)
print(Shape.helper(1, 2), s.helper(3, 4))
print(Sq.register() is Sq, Shape.registry)
print(type(Shape.__dict__["make"]).__name__, type(Shape.__dict__["helper"]).__name__)
print(Shape.__dict__["helper"].__func__(5, 6))
m = Sq.make
print(m.__self__ is Sq, m.__func__.__name__)
print(s.make(7).n)
cm = classmethod(lambda cls: cls.__name__)
class T: name = cm
print(T.name())
sm = staticmethod(len)
class U: f = sm
print(U.f("abc"), U().f([1]))
