# dataclasses: frozen, eq/hash rules, unsafe_hash, inheritance errors, order errors
from dataclasses import dataclass, field, FrozenInstanceError
@dataclass(frozen=True)
class F:
    x: int
    y: int = 0
f = F(1)
for op in ("f.x = 2", "f.z = 3", "del f.x", "del f.q"):
    try:
        exec(op)
    except FrozenInstanceError as e:
        print(type(e).__name__, repr(e), e.args)
print(hash(f) == hash((1, 0)), f == F(1), f != F(1, 1), f == (1, 0))
@dataclass
class M:
    x: int
print(M.__hash__, M(1) == M(1), M(1).__eq__(3))
@dataclass(eq=False)
class NE:
    x: int
print(NE.__hash__ is object.__hash__, NE(1) == NE(1))
@dataclass(unsafe_hash=True)
class U:
    x: int
    y: list = field(hash=False, compare=True, default=None)
print(hash(U(1)) == hash((1,)), hash(U(1, [1])) == hash(U(1)))
@dataclass(frozen=True, eq=False)
class FE:
    x: int
print(FE.__hash__ is object.__hash__)
@dataclass
class WH:
    x: int
    def __hash__(self):
        return 42
print(hash(WH(1)))
try:
    @dataclass(unsafe_hash=True)
    class Bad:
        x: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class O:
        x: int
except ValueError as e:
    print(e)
try:
    @dataclass(order=True)
    class O2:
        x: int
        def __lt__(self, o):
            return True
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class FF(M):
        y: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class NF(F):
        z: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class X:
        x: int
        def __setattr__(self, n, v):
            pass
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class FC(F):
    z: int = 5
print(FC(1, 2), hash(FC(1)) == hash((1, 0, 5)))
@dataclass(order=True)
class O3:
    a: int
    b: str = field(compare=False, default="")
print(O3(1) < O3(2), O3(1, "z") <= O3(1, "a"), O3(2) > O3(1), O3(1) >= O3(1))
try:
    O3(1) < 1
except TypeError as e:
    print(e)
print(O3(1).__lt__(1), O3(1) == O3(1, "x"))
@dataclass(order=True)
class O4(O3):
    c: int = 0
try:
    O3(1) < O4(1)
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class FP:
    a: int
    def __post_init__(self):
        object.__setattr__(self, 'a', self.a * 2)
print(FP(4))
