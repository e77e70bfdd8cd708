# dataclasses: fields, defaults, factories, order/frozen/kw_only, asdict/replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, make_dataclass
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(5), Point(1, tags=['a']))
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, x=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, [], 4)
except TypeError as e:
    print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(V(1) < V(2), V(1, "a") < V(1, "b"), sorted([V(3), V(1), V(2)]), hash(V(1)) == hash(V(1)), {V(1): 1}[V(1)])
try:
    V(1).a = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
@dataclass
class C:
    n: int
    total: int = field(init=False, default=0)
    def __post_init__(self):
        self.total = self.n * 2
print(C(4), C(4).total)
@dataclass
class D(C):
    extra: str = "e"
print(D(1), D(1, "x"))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(e)
print(Point.__hash__ is None, V.__match_args__)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), repr(K(b=3, a=0)))
M = make_dataclass('M', [('x', int), ('y', int)])
print(M(1, 2))
@dataclass(eq=False)
class NE:
    v: int
print(NE(1) == NE(1))
@dataclass
class Nested:
    p: Point
    items: list
print(asdict(Nested(Point(1), [Point(2)])))
