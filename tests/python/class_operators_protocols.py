class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return Vec(-self.x, -self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, z): return self.x + self.y + z
v = Vec(1, 2); w = Vec(3, 4)
print(v + w, v - w, v * 3, 3 * v, -v, v == Vec(1, 2), v != w, v < w, w > v)
print(len(v), v[0], v[-1], list(v), bool(Vec(0, 0)), 2 in v, 5 in v, v(10))
print({v: 1}[Vec(1, 2)], sorted([w, v]), max([v, w]), min(v, w))
x, y = v
print(x, y, hash(v) == hash(Vec(1, 2)))
v += w
print(v)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o); return self
a = Acc(); b = a; a += 5; a += 6
print(a is b, a.items)
class Cnt:
    count = 0
    def __init__(self):
        Cnt.count += 1
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(x): return x * 2
    @property
    def double(self): return Cnt.count * 2
Cnt(); Cnt.make(); c = Cnt()
print(Cnt.count, Cnt.helper(4), c.helper(5), c.double, type(c).__name__)
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("negative")
        self._v = val
p = P(); p.v = 5; print(p.v)
try: p.v = -1
except ValueError as e: print("VE", e)
print(p.__dict__, vars(p))
class Dyn:
    def __getattr__(self, name): return name.upper()
d = Dyn(); d.real = 1
print(d.foo, d.real, getattr(d, 'bar'), hasattr(d, 'x'))
class Guard:
    def __setattr__(self, k, v):
        if k.startswith('_'): raise AttributeError(f"private {k}")
        object.__setattr__(self, k, v)
g = Guard(); g.a = 1; print(g.a)
try: g._b = 2
except AttributeError as e: print(e)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Ctx() as c:
    raise KeyError("x")
print("after")
class It:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
print(list(It(3)), sum(It(4)), [x * 2 for x in It(2)])
print(str(v), repr(v), format(v, ''))
class S:
    def __str__(self): return "S-str"
print(S(), str(S()), repr(S()).startswith("<__main__.S object at"))
