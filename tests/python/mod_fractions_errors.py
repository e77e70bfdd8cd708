# fractions.Fraction errors: zero denominators, bad literals, bad argument types, messages as CPython's
from fractions import Fraction as F
import math

def attempt(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', repr(r))

attempt(F, 1, 0)
attempt(F, 0, 0)
attempt(F, -5, 0)
attempt(F, F(1, 2), 0)
attempt(F, F(1, 2), F(0))
attempt(F, '1/0')
attempt(F, '-3/0')
for s in ['abc', '1/2/3', ' ', '', '1.5/2', '3/-4', '1__0', '_1', '1_', '1 /2', '1/ 2', '0x10', '1e',
          'inf', 'nan', '1/2.', '--1', '+-1', '1,5', '1.2.3', '1j', '1e1.5', '/2', '2/']:
    attempt(F, s)
attempt(F, 1.5, 2)
attempt(F, 1, 2.0)
attempt(F, '1', 2)
attempt(F, 1, '2')
attempt(F, math.nan)
attempt(F, math.inf)
attempt(F, -math.inf)
attempt(F, [1])
attempt(F, None)
attempt(F, 1j)
attempt(F, b'1/2')
attempt(F.from_float, '1.5')
attempt(F.from_float, math.nan)
attempt(F.from_float, math.inf)
attempt(F.from_float, F(1, 2))
attempt(F.from_decimal, 1.5)
attempt(F.from_decimal, '1')
attempt(F.from_decimal, F(1, 2))
attempt(F.from_decimal, 3)
attempt(lambda: F(1, 2) / 0)
attempt(lambda: F(1, 2) / F(0))
attempt(lambda: 1 / F(0))
attempt(lambda: F(1, 2) // 0)
attempt(lambda: F(1, 2) % 0)
attempt(lambda: divmod(F(1, 2), 0))
attempt(lambda: 5 % F(0))
attempt(lambda: F(0) ** -1)
attempt(lambda: F(0) ** -3)
attempt(lambda: F(0) ** F(-1))
attempt(lambda: F(0) ** -0.5)
attempt(lambda: F(1, 2) / 0.0)
attempt(lambda: 0.0 ** F(-1, 2))
attempt(lambda: F(1, 2).limit_denominator(0))
attempt(lambda: pow(F(1, 2), 2, 3))
attempt(lambda: F(3, 4) / 0)
attempt(lambda: F(-6, 4) / F(0))
attempt(lambda: 5 / F(0))
attempt(lambda: F(0) / 0)
attempt(lambda: 0 / F(0))
attempt(lambda: F(0) // 0)
attempt(lambda: F(5, 3) % F(0))
attempt(lambda: divmod(F(0), 0))

class M(F):
    pass
attempt(M.from_float, 'x')
attempt(M.from_decimal, 'x')
attempt(lambda: M(1, 2).limit_denominator(5))
attempt(lambda: M(5, 2))
