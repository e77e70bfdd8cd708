# fractions.Fraction with a user-defined numbers.Rational: exact where CPython is, NotImplemented elsewhere
import numbers
from fractions import Fraction as F
class R(numbers.Rational):
    def __init__(self, n, d): self._n, self._d = n, d
    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)
for _name in sorted(numbers.Rational.__abstractmethods__ - {'numerator', 'denominator'}):
    setattr(R, _name, lambda self, *a: NotImplemented)
R.__abstractmethods__ = frozenset()
r = R(6, 4)
for expr in ('F(1, 2) + r', 'F(1, 2) * r', 'F(1, 2) == r', 'F(1, 2) < r', 'F(3, 2) == r', 'F(1, 2) ** r', 'r ** F(2)', 'F(2) ** R(2, 1)', 'divmod(F(7, 2), r)', 'hash(F(3, 2)) == hash(1.5)'):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
