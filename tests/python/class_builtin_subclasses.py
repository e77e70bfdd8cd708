class P(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(1, 2); print(p, p.x, type(p).__name__, len(p), p + (3,))
class U(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(U("abc"), type(U("x")).__name__, U("a") == "A")
class I(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(I(5), I(5) + 1)
class F(float): pass
print(F(1.5), F(1.5) * 2, type(F(2.0)).__name__)
class ML(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
m = ML([1, 2], "t"); print(m, m.tag, len(m))
class MD(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
md = MD({'a': 1}, b=2); print(md, md.extra)
class Counter(dict):
    def __missing__(self, k): return 0
c = Counter(); c['x'] += 1; print(c)
class MS(set): pass
print(MS([1, 2]) | {3}, len(MS([1])))
class MyObj:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
print(MyObj().a)
print(int.__new__(I, 3), type(int.__new__(I, 3)).__name__)
print(object.__new__(MyObj).__class__.__name__)
