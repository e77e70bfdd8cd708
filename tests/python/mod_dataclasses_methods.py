# dataclasses: generated __repr__/__eq__/__match_args__/slots/init=False/repr=False
from dataclasses import dataclass, field
@dataclass
class A:
    x: int
    y: str = field(default="a", repr=False)
    z: list = field(default_factory=list, compare=False)
print(A(1), repr(A(1, "q")), A(1, "a", [1]) == A(1, "a", [2]), A(1) == A(2), A(1) != A(1, "b"))
print(A.__match_args__, A.__repr__.__qualname__, A.__eq__.__name__)
class L(list):
    pass
@dataclass
class Rec:
    n: int
    kids: list
r = Rec(1, [])
r.kids.append(r)
print(r)
print(A(1).__eq__(object()))
match A(3, "b"):
    case A(x, y):
        print("matched", x, y)
@dataclass(match_args=False)
class NM:
    a: int
print(hasattr(NM, '__match_args__'))
@dataclass
class KW:
    a: int
    b: int = field(kw_only=True, default=0)
print(KW.__match_args__)
@dataclass(repr=False, eq=False)
class NR:
    a: int
print(repr(NR(1)).startswith("<__main__.NR object"), NR(1) == NR(1))
@dataclass(init=False)
class NI:
    a: int = 1
n = NI()
print(n, NI.__init__ is object.__init__)
@dataclass
class Custom:
    a: int
    def __repr__(self):
        return "custom"
    def __eq__(self, o):
        return True
print(Custom(1), Custom(1) == 5)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError")
@dataclass(slots=True, frozen=True)
class SF:
    a: int
print(SF(1), hash(SF(1)) == hash((1,)))
try:
    @dataclass(slots=True)
    class SS:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(e)
class Outer:
    @dataclass
    class Inner:
        v: int
print(Outer.Inner(1))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__match_args__)
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    A(1, x=2)
except TypeError as e:
    print(e)
@dataclass
class Self:
    self: int
print(Self(self=3))
@dataclass
class Dflt:
    a: object = None
    b: object = print
print(Dflt())
