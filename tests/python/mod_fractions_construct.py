# fractions.Fraction construction: ints, pairs, floats, strings, Rationals, normalisation and sign
from fractions import Fraction as F
import numbers

print(F(), F(7), F(-7), F(6, 8), F(-6, 8), F(6, -8), F(-6, -8), F(0, -5), F(0, 5))
print(repr(F(3, 4)), repr(F(-3)), repr(F(10, 4)))
print(F(F(3, 4)), F(F(1, 2), F(3, 4)), F(F(1, 2), 3), F(2, F(3, 4)))
print(F(True), F(True, 2), F(5, True))
print(F(0.5), F(-0.25), F(1.1), F(0.0), F(-0.0), F(1e300) == 10**300, F(2.5e-10))
for s in ['3/4', ' -1.5e3 ', '1_000/3', '+7', '-7', '0', '  10/4\n', '1.5', '.5', '5.', '-.75',
          '1e-3', '1E3', '3.25e+2', '-2/6', '1_0.2_5', '0/7', '00012/0003', '1_2e1_0', '\t-0\t',
          '+3/4', '-3/4', '١٢/٣']:
    f = F(s)
    print(repr(s), repr(f), f.numerator, f.denominator)
print(F(10**30, 3 * 10**20), F(-(10**20), 10**22))
print(F(F(1, 3)) is not None, type(F(3).numerator), type(F(3).denominator))
f = F(22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), F(-4, 6).as_integer_ratio())
print(F.from_float(0.1), F.from_float(3), F.from_float(-2.5), F(5).from_float(1.25))
print(F(1, 3) == F('1/3'), F('1/3') == F(1, 3))

class R(numbers.Rational):
    # A user Rational: the Fraction constructor takes its numerator and denominator.
    def __init__(self, n, d): self._n, self._d = n, d
    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)
    for _name in ('__abs__', '__add__', '__ceil__', '__eq__', '__floor__', '__floordiv__',
                  '__le__', '__lt__', '__mod__', '__mul__', '__neg__', '__pos__', '__pow__',
                  '__radd__', '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rpow__',
                  '__rtruediv__', '__truediv__', '__trunc__'):
        locals()[_name] = lambda self, *a: NotImplemented
    del _name

print(F(R(6, 4)), F(R(6, 4), R(1, 3)), F(2, R(3, 5)))
print(F(numerator=5, denominator=10), F(denominator=3))
