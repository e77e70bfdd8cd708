# Realistic: enums, ABCs, total_ordering, cached_property, Generic, NamedTuple, lru_cache, wraps, contextmanager, itertools.
from abc import ABC, abstractmethod
from enum import Enum, auto, IntEnum, Flag
from functools import total_ordering, lru_cache, cached_property, partial, wraps
from typing import NamedTuple, Protocol, TypeVar, Generic, Iterator
import contextlib, itertools, heapq, bisect, operator

class Color(Enum):
    RED = auto(); GREEN = auto(); BLUE = auto()
class Perm(Flag):
    R = 4; W = 2; X = 1
class Prio(IntEnum):
    LOW = 1; HIGH = 2
print(Color.RED, Color['GREEN'], Color(3), list(Color), Perm.R | Perm.W, Prio.HIGH > Prio.LOW, Prio(2))
print(Perm.R in (Perm.R | Perm.X), repr(Perm.W), Color.RED.name, Color.RED.value)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
@total_ordering
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    def __eq__(self, o): return self.r == o.r
    def __lt__(self, o): return self.r < o.r
    @cached_property
    def diameter(self):
        print("computing"); return self.r * 2
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
c = Circle(2)
print(c.describe(), c.diameter, c.diameter, Circle(1) <= Circle(2), sorted([Circle(3), Circle(1)])[0].r)

T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self._items: list[T] = []
    def push(self, x: T) -> None: self._items.append(x)
    def pop(self) -> T: return self._items.pop()
    def __len__(self): return len(self._items)
    def __iter__(self) -> Iterator[T]: return reversed(self._items)
s = Stack[int](); [s.push(i) for i in range(4)]
print(len(s), list(s), s.pop())

class Emp(NamedTuple):
    name: str
    salary: int = 100
print(Emp("a"), Emp("b", 5)._replace(salary=7), Emp._field_defaults)

@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info().hits > 0)

def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        print(f"call {fn.__name__}{a}{k}")
        return fn(*a, **k)
    return inner
@logged
def add(a, b=1): return a + b
print(add(2, b=3), add.__name__, partial(add, 10)(5))

@contextlib.contextmanager
def section(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with section("x") as n, contextlib.suppress(KeyError):
    print(n); {}["missing"]
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.product("ab", repeat=2))[:3],
      list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.islice(itertools.count(5, 2), 3)),
      list(itertools.combinations(range(4), 2))[-2:], list(itertools.zip_longest("ab", "c", fillvalue="-")))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.nsmallest(2, h), heapq.heappop(h))
a = [1, 3, 5]; bisect.insort(a, 4); print(a, bisect.bisect_left(a, 4))
print(sorted(["b10", "a2", "a10"], key=lambda s: (s[0], int(s[1:]))), operator.itemgetter(1, 0)("xy"))
