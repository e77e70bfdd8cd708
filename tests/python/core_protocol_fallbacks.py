class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, E): return NotImplemented
        return self.v == o.v
print(E(1) == E(1), E(1) != E(1), E(1) != E(2), E(1) == 1, E(1) != 1, E(1) == None)
class Iter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Iter(), 5 in Iter(), 5 not in Iter())
class NoIter:
    __iter__ = None
try: iter(NoIter())
except TypeError as e: print("TypeError:", e)
try: 1 in NoIter()
except TypeError as e: print("TypeError:", e)
class ReprOnly:
    def __repr__(self): return "R!"
print(str(ReprOnly()), f"{ReprOnly()}", "%s" % ReprOnly(), format(ReprOnly()), [ReprOnly()])
class StrOnly:
    def __str__(self): return "S!"
print(str(StrOnly()), repr(StrOnly())[:18])
class Slicer:
    def __getitem__(self, k): return k
s = Slicer()
print(s[1:2], s[::3], s[1, 2:3], s[...], s[:, None])
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError(i)
        return i * 10
print(list(reversed(Rev())), list(Rev()), 20 in Rev(), sorted(Rev(), reverse=True))
class Redirect:
    def __new__(cls, kind):
        if kind == "int": return int(5)
        return super().__new__(cls)
    def __init__(self, kind): print("init", kind)
print(Redirect("int"), type(Redirect("obj")).__name__)
class Sub(Redirect):
    pass
print(type(Sub("x")).__name__)
def decorate(cls):
    cls.decorated = True
    orig = cls.__init__
    def __init__(self, *a):
        orig(self, *a); self.extra = "x"
    cls.__init__ = __init__
    return cls
@decorate
class D:
    def __init__(self, v): self.v = v
d = D(3); print(D.decorated, d.v, d.extra)
class Meta(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.created_by_meta = True
        return obj
class WithMeta(metaclass=Meta):
    def __init__(self, a): self.a = a
w = WithMeta(1); print(w.a, w.created_by_meta, type(WithMeta).__name__)
class Base:
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def util(): return "util"
    @property
    def kind(self): return type(self).__name__.lower()
class Derived(Base):
    @classmethod
    def create(cls):
        obj = super().create(); obj.tag = "derived"; return obj
    @property
    def kind(self): return "derived-" + super().kind
    @staticmethod
    def util(): return "derived " + Base.util()
x = Derived.create(); print(type(x).__name__, x.tag, x.kind, Derived.util())
class BoolLen:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(BoolLen()), len(BoolLen()))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(2), Cmp(1)]), min(Cmp(3), Cmp(2)), max([Cmp(1), Cmp(4)]), Cmp(1) > Cmp(0))
