# fractions.Fraction rounding: round() with and without ndigits (half to even), floor, ceil, trunc, int
from fractions import Fraction as F
import math

vals = [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(2, 3), F(-2, 3), F(0), F(7),
        F(-7), F(10**20 + 1, 2), F(-1, 2), F(1, 2), F(3, 2)]
for v in vals:
    print(v, round(v), type(round(v)).__name__, math.floor(v), math.ceil(v), math.trunc(v), int(v),
          type(math.floor(v)).__name__)
for v in [F(12345, 1000), F(-12345, 1000), F(25, 1000), F(35, 1000), F(-25, 1000), F(1, 3), F(1234567, 7)]:
    print(v, round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2), round(v, 5))
print(type(round(F(1, 3), 0)).__name__, repr(round(F(1, 3), 2)), repr(round(F(1234), -2)), repr(round(F(1250), -2)),
      repr(round(F(1350), -2)), repr(round(F(-150), -2)), repr(round(F(1, 2), 0)))
print(math.floor(F(10**30 + 1, 10**10)), math.ceil(F(-10**30 - 1, 10**10)))
try:
    round(F(1, 2), 1.5)
except TypeError as e:
    print('TypeError', e)
