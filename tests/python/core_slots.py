class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y)
try: p.z = 3
except AttributeError as e: print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.x
try: p.x
except AttributeError as e: print("AttributeError:", e)
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2); q.z = 3; print(q.x, q.y, q.z)
class R(P): pass
r = R(1, 2); r.w = 9; print(r.w, r.__dict__)
class S:
    __slots__ = "only"
s = S(); s.only = 1; print(s.only)
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.a = 1; d.b = 2; print(d.a, d.__dict__)
print(type(P.__dict__["x"]).__name__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print("ValueError:", e)
