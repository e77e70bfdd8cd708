class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class A1(Base): pass
class A2(A1): pass
print(Base.registry)
class G:
    def __class_getitem__(cls, item): return f"G[{item.__name__}]"
print(G[int])
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 0) * 10
    def __set__(self, obj, value): obj.__dict__[self.name] = value
class HasDesc:
    d = Desc()
h = HasDesc(); h.d = 4; print(h.d, HasDesc.d.name, type(HasDesc.d).__name__)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Single(1); s2 = Single(2); print(s1 is s2, s1.v)
class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3]); ml.append(4)
print(ml, len(ml), ml.total(), isinstance(ml, list), type(ml).__name__, ml[1:3], ml + [5])
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md['a'], md.get('zz'), len(md))
class MyInt(int):
    def double(self): return self * 2
mi = MyInt(21); print(mi, mi.double(), mi + 1, type(mi + 1).__name__, isinstance(mi, int))
class MyStr(str):
    def shout(self): return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b", len(MyStr("abc")))
class Sub(Exception):
    def __init__(self): super().__init__("fixed message")
try: raise Sub()
except Sub as e: print(e, e.args)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = 42
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta): pass
print(WithMeta.added, type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Parent:
    def greet(self): return "parent"
    @classmethod
    def create(cls): return cls.__name__
class Child(Parent):
    def greet(self): return "child+" + super().greet()
    @classmethod
    def create(cls): return "c:" + super().create()
print(Child().greet(), Child.create(), super(Child, Child()).greet())
class L: 
    def who(self): return "L"
class R:
    def who(self): return "R"
class LR(L, R):
    def who(self): return "LR>" + super().who()
print(LR().who(), [k.__name__ for k in LR.__mro__], LR.mro() == list(LR.__mro__))
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, Num): return NotImplemented
        return self.v == o.v
print(Num(1) == Num(1), Num(1) == 1, Num(1) != 2, 1 == Num(1))
try: {Num(1)}
except TypeError as e: print(e)
class Hsh:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = object.__hash__
print(type(hash(Hsh(1))).__name__)
class Sl:
    __slots__ = ('a',)
o = Sl(); o.a = 1; print(o.a)
class Attrs:
    x = 1
    def __getattribute__(self, n):
        if n == 'magic': return 99
        return object.__getattribute__(self, n)
at = Attrs(); print(at.magic, at.x)
class Del:
    def __init__(self): self.a = 1
    def __delattr__(self, n): print("del", n); object.__delattr__(self, n)
dd = Del(); del dd.a; print(hasattr(dd, 'a'))
class Rev:
    def __radd__(self, o): return f"radd {o}"
    def __rsub__(self, o): return f"rsub {o}"
print(1 + Rev(), 'x' + Rev(), 5 - Rev())
try: Rev() + 1
except TypeError as e: print(e)
try: -Rev()
except TypeError as e: print(e)
try: Rev() < Rev()
except TypeError as e: print(e)
try: len(Rev())
except TypeError as e: print(e)
try: Rev()[0]
except TypeError as e: print(e)
try: Rev()(1)
except TypeError as e: print(e)
try: iter(Rev())
except TypeError as e: print(e)
try: Rev(1)
except TypeError as e: print(e)
class Init:
    def __init__(self, a): pass
try: Init()
except TypeError as e: print(e)
try: Init(1, 2)
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
print(Init.__name__, Init.__qualname__, Init.__module__, Init.__doc__, Init.__bases__, Init.__base__)
class Doc:
    """docstring"""
print(Doc.__doc__, Doc().__class__ is Doc, type(Doc()) is Doc)
def outer():
    class Inner: pass
    return Inner
print(outer().__qualname__, repr(outer()))
X = type("X", (object,), {"f": lambda self: 5})
print(X().f(), X.__name__)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), Cmp(2) > Cmp(1))
class Cont:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(Cont()), 4 in Cont(), 5 in Cont())
class SetItem:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
si = SetItem(); si['a'] = 1; print(si['a']); del si['a']; print(si.d)
