from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, p == P(1, 0), P(2, 3, ["a"]))
@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = "z"
print(sorted([V(2), V(1, "b"), V(1, "a")]), hash(V(1)) == hash(V(1)))
try:
    V(1).a = 3
except Exception as e:
    print(type(e).__name__, e)
