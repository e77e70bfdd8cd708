# enum: Enum, IntEnum, Flag, auto, unique, functional API, lookups and errors
from enum import Enum, IntEnum, Flag, auto, unique
class C(Enum):
    A = 1
    B = 2
    Z = 1
    def describe(self):
        return self.name.lower()
    @property
    def double(self):
        return self.value * 2
try: print(C.A in C)
except Exception as e: print(type(e).__name__, e)
print(C.A in C, repr(C), C.__members__, list(C), C(2), C['B'], C.Z is C.A, f'{C.A}', str(C.A), hash(C.A) == hash(C.A))
print(C.A.describe(), C.B.double, C.A.name, C.A.value, type(C.A).__name__, isinstance(C.A, C), len(C), C.A == C.A, C.A != C.B, C.A == 1)
try: C(5)
except Exception as e: print(type(e).__name__, e)
try: C['Q']
except Exception as e: print(type(e).__name__, repr(e))
try: C.A < C.B
except Exception as e: print(type(e).__name__, e)
try: C.A = 3
except Exception as e: print(type(e).__name__, e)
class N(IntEnum):
    X = auto()
    Y = auto()
print(N.X, repr(N.Y), N.X + 1, N.Y == 2, str(N.X), f'{N.X:>3}', N(2), sorted([N.Y, N.X]))
class P(Flag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R|P.W), P.R in (P.R|P.W), bool(P.R & P.W), repr(P(0)), list(P), repr(~P.R))
class Pl(Enum):
    EARTH = (5.9, 6.3)
    def __init__(self, m, r): self.m = m
print(Pl.EARTH.m, Pl.EARTH.value)
class Color(Enum):
    RED = auto()
    GREEN = auto()
print([c.value for c in Color], {Color.RED: 'r'}[Color.RED])
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
match_v = C.B
if match_v is C.B: print("is B")
class Sub(C): pass
