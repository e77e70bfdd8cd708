# fractions.Fraction.limit_denominator: closest fraction with a bounded denominator
from fractions import Fraction as F
import math

print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100),
      F('3.141592653589793').limit_denominator(1000), F(math.pi).limit_denominator(),
      F(math.pi).limit_denominator(10**6))
print(F(1.1).limit_denominator(), F(1.1).limit_denominator(100), F(-1.1).limit_denominator(7))
print(F(math.e).limit_denominator(1), F(-math.e).limit_denominator(1), F(1, 2).limit_denominator(1),
      F(3, 2).limit_denominator(1), F(5, 2).limit_denominator(1), F(-5, 2).limit_denominator(1))
print(F(355, 113).limit_denominator(113), F(355, 113).limit_denominator(112), F(7, 3).limit_denominator(10))
print(F(0).limit_denominator(5), F(5).limit_denominator(2), F(1, 7).limit_denominator(6),
      F(1, 7).limit_denominator(8), F(3, 10).limit_denominator(3), F(1, 3).limit_denominator(2))
for n in range(1, 40, 3):
    print(n, F(1234567, 7654321).limit_denominator(n), F(-98765, 4321).limit_denominator(n))
print(F(1, 3).limit_denominator(10**9) is not None, type(F(2).limit_denominator(1)).__name__)
for bad in (0, -1):
    try:
        F(1, 3).limit_denominator(bad)
    except ValueError as e:
        print('ValueError', e)
