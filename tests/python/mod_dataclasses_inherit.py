# dataclasses: inheritance of fields/defaults/post_init, slotted bases, eq across classes, non-dataclass bases
from dataclasses import dataclass, field, fields, InitVar, replace, asdict
@dataclass
class Base:
    x: int
    y: int = 1
    def __post_init__(self):
        print("post_init", type(self).__name__, self)
@dataclass
class Child(Base):
    z: int = 2
    y: int = 10
c = Child(0)
print(c, [f.name for f in fields(c)], c == Base(0, 10), Base(0) == Base(0))
class Mixin:
    def hello(self):
        return "hi " + repr(self)
@dataclass
class WithMixin(Mixin):
    a: int = 0
print(WithMixin().hello())
@dataclass(slots=True)
class SBase:
    a: int
@dataclass(slots=True)
class SChild(SBase):
    b: int = 0
s = SChild(1, 2)
print(s, SChild.__slots__, SBase.__slots__, replace(s, b=5), asdict(s))
@dataclass
class NoOverride:
    a: int
    def __repr__(self):
        return "NoOverride!"
@dataclass
class Sub(NoOverride):
    b: int = 0
print(NoOverride(1), Sub(1))
@dataclass(eq=False)
class Plain:
    a: int
@dataclass
class PlainSub(Plain):
    b: int = 0
print(PlainSub(1) == PlainSub(1), PlainSub.__hash__, Plain.__hash__ is object.__hash__)
@dataclass
class IV:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(IV(3), IV(3, 10), replace(IV(3), scale=1), [f.name for f in fields(IV)])
@dataclass
class Counter:
    n: int = field(default=0, compare=False, repr=False, hash=True)
    m: int = 0
print(Counter(5), Counter(5) == Counter(6), Counter.__hash__)
@dataclass(unsafe_hash=True)
class H:
    n: int = field(default=0, compare=False, hash=None)
    m: int = field(default=0, hash=True, compare=False)
print(hash(H(1, 2)) == hash((2,)))
