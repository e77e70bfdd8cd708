class S(str): pass
s = S("hello"); s.tag = "t"; s.n = 1
print(s, s.tag, s.n, s.upper(), vars(s), len(s), s == "hello", hash(s) == hash("hello"))
del s.n
print(hasattr(s, "n"), s.__dict__)
class T(tuple): pass
t = T((1, 2, 3)); t.label = "L"
print(t, t.label, t[1], t.__dict__)
class B(bytes): pass
b = B(b"ab"); b.x = [1]; b.x.append(2); print(b, b.x)
class S2(S):
    def shout(self): return self.upper() + self.suffix
s2 = S2("hi"); s2.suffix = "!"; print(s2.shout(), isinstance(s2, str))
class Mixin:
    def describe(self): return f"{type(self).__name__}:{self}:{getattr(self, 'extra', None)}"
class MS(str, Mixin): pass
m = MS("abc"); print(m.describe()); m.extra = 5; print(m.describe(), m.__dict__)
class MT(Mixin, tuple): pass
mt = MT([1]); mt.extra = "e"; print(mt.describe())
class Pt(tuple):
    __slots__ = ()
    @property
    def x(self): return self[0]
p = Pt((4, 5)); print(p.x)
try: p.y = 1
except AttributeError as e: print("AttributeError:", e)
items = [S(str(i)) for i in range(50)]
for i, it in enumerate(items): it.i = i
print(sum(it.i for it in items), items[7].i, items[49].__dict__)
del items
class E(OSError, ValueError): pass
print(E.__mro__[1].__name__, E(2, "x").errno, isinstance(E(), ValueError))
class A: pass
class AI(A, int): pass
print(AI(3), AI(3) == 3, repr(AI(4)), AI(0) or "falsy")
s3 = S("k"); s3.__dict__["z"] = 9; print(s3.z)
s3.__dict__ = {"w": 1}; print(s3.w, hasattr(s3, "z"))
