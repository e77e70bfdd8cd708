from enum import IntEnum, IntFlag, StrEnum, Enum
class C(IntEnum):
    A = 1
    B = 2
print(C(2), repr(C(2)), C(2) is C.B, C(True) is C.A, C(2) + 1)
try:
    C(5)
except ValueError as e:
    print(e)
class P(IntFlag):
    R = 4
    W = 2
print(repr(P(6)), P(4) is P.R, P(0))
class S(StrEnum):
    X = "x"
print(S("x") is S.X, repr(S("x")))
class M(int, Enum):
    ONE = 1
print(M(1) is M.ONE, repr(M(1)))
class Custom(Enum):
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj._value_ = v * 10
        return obj
    T = 1
print(Custom(10) is Custom.T)
