class A:
    __slots__ = ("x", "y")
a = A()
try: a.x
except AttributeError as e: print(e)
try: a.z = 1
except AttributeError as e: print(e)
try: del a.x
except AttributeError as e: print(e)
a.x = 1; print(a.x, A.x, hasattr(a, "__dict__"))
del a.x; print(hasattr(a, "x"))
try:
    class B:
        __slots__ = ("x",)
        x = 1
except ValueError as e: print(e)
class C(A): pass
c = C(); c.z = 5; print(c.z, c.__dict__)
class D(A):
    __slots__ = ("w",)
d = D(); d.w = 1; d.x = 2; print(d.w, d.x)
try: d.q = 1
except AttributeError as e: print(e)
class E:
    __slots__ = "single"
e = E(); e.single = 3; print(e.single)
try:
    class F(int): __slots__ = ("a",)
except TypeError as e: print(e)
print(A.__slots__)
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x}, {self.y})"
ps = [P(i, [i]) for i in range(3)]
ps[0].y.append(ps[0])
print(ps)
class W:
    __slots__ = ('a', '__dict__')
w = W(); w.a = 1; w.b = 2; print(w.a, w.b, w.__dict__)
class Ex(Exception):
    __slots__ = ('code',)
ex = Ex("m"); ex.code = 3; print(ex.code, ex)
