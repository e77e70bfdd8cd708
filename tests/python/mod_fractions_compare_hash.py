# fractions.Fraction comparisons with Fraction/int/float (inf, nan) and hashes equal to CPython's
from fractions import Fraction as F
import math, sys

a = F(1, 3)
vals = [F(1, 3), F(2, 6), F(1, 2), 0, 1, -1, 0.5, 1 / 3, 0.3333333333333333, math.inf, -math.inf,
        math.nan, F(-7, 2), -3.5, True, 10**30, 2.0**80]
for v in vals:
    print(repr(v), a == v, v == a, a != v, a < v, v < a, a <= v, a > v, a >= v, v >= a)
print(F(7, 2) == 3.5, 3.5 == F(7, 2), F(-7, 2) == -3.5, F(2**80) == 2.0**80, F(5) == 5, 5 == F(5))
print(F(1, 2) == 0.5 + 0j, 0.5j == F(1, 2), F(1, 2) == complex(0.5, 0), F(1, 2) != 1j)
print(F(1, 2) == 'x', F(1, 2) != None, F(1, 2) == [1])
print(sorted([F(3, 4), 0.5, 1, F(-1, 2), -1, 0.75, F(1)]), max(F(1, 3), 0.3), min(F(1, 3), 0.34))
for f in [F(1, 3), F(-1, 3), F(0), F(5), F(-5), F(1, 2), F(7, 4), F(10**30, 7), F(-2**70, 3),
          F(1, sys.hash_info.modulus), F(3, sys.hash_info.modulus * 2), F(-1, 1), F(-1, 2),
          F(2**61 - 1), F(2**61 - 2, 2**61 - 1), F(1, 10**25)]:
    print(f, hash(f))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1) == -2,
      hash(F(7, 4)) == hash(1.75), hash(F(2**80)) == hash(2**80) == hash(2.0**80))
print(len({F(1, 2), 0.5, F(2, 4), F(1), 1, 1.0, True}), {F(1, 2): 'a'}[0.5], {0.25: 'b'}[F(1, 4)])
try:
    F(1, 2) < 'x'
except TypeError as e:
    print('TypeError', e)
try:
    1j < F(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    F(1, 2) >= None
except TypeError as e:
    print('TypeError', e)
