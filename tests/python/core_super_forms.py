class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
class C(A):
    def f(self): return "C.f>" + super(C, self).f()
class D(B, C):
    def f(self): return "D.f>" + super().f()
print(D().f())
print(D.c())
print(super(B, D()).f())
print(super(D, D()).f())
s = super(B, D())
print(type(s).__name__)
print(super(D, D).c())
class E(A):
    def g(self):
        return [super().f() for _ in range(2)]
try: print(E().g())
except TypeError as e: print("TypeError:", e)
class F(A):
    def __init__(self, v):
        super().__init__()
        self.v = v
print(F(3).v)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
class G(A):
    def f(self):
        return super().missing
try:
    G().f()
except AttributeError as e:
    print("AttributeError:", e)
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
