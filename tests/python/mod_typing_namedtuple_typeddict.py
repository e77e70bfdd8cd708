# typing.NamedTuple and typing.TypedDict in class syntax.
from typing import TypedDict, NamedTuple
class Movie(TypedDict, total=False):
    name: str
    year: int
m = Movie(name="x", year=1)
print(type(m), m, Movie.__annotations__, Movie.__total__, isinstance(m, dict))
class P(NamedTuple):
    x: int
    y: float = 0.5
    def norm(self): return abs(self.x) + self.y
p = P(3)
print(p, p.norm(), P.__annotations__, P._fields, P._field_defaults, isinstance(p, tuple), P.__mro__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
