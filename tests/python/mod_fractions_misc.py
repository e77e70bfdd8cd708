# fractions.Fraction misc: repr/str/format, copy/deepcopy, immutability, subclassing, ABC membership
from fractions import Fraction as F
import copy, numbers

f = F(-3, 4)
print(repr(f), str(f), str(F(5)), repr(F(5)), f'{f}', '%s' % (f,), format(f, ''), format(f), str(F(0)))
try:
    format(F(1, 3), '.2f')
except TypeError as e:
    print('TypeError', e)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(f) == f, [copy.deepcopy([f])[0]])
try:
    f.numerator = 5
except AttributeError as e:
    print('AttributeError')
try:
    f.foo = 1
except AttributeError as e:
    print('AttributeError')
print(isinstance(f, numbers.Rational), isinstance(f, numbers.Real), isinstance(f, numbers.Complex),
      isinstance(f, numbers.Number), isinstance(f, numbers.Integral), issubclass(F, numbers.Rational))
print(f.real, f.imag, f.conjugate(), type(f.real).__name__, type(f.imag).__name__, F(1, 2).real is not None)
print(F.from_float(1.5), F.from_decimal(7), type(F.from_decimal(7)).__name__)
print(f.as_integer_ratio(), F(8, 6).numerator, F(8, 6).denominator)
print(hasattr(F, 'is_integer'), hasattr(F, '__format__'), F.__format__ is object.__format__)

class Money(F):
    # A Fraction subclass: arithmetic returns plain Fraction, copy returns a new Money.
    def __repr__(self):
        return 'Money(%s)' % str(self)

m = Money(5, 2)
print(repr(m), type(m).__name__, m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__)
c = copy.copy(m)
print(repr(c), type(c).__name__, c == m, c is m, type(copy.deepcopy(m)).__name__, type(Money(m)).__name__)
print(type(Money.from_float(0.5)).__name__, type(m.limit_denominator(1)).__name__, repr(Money('1/3')))
print(m == F(5, 2), hash(m) == hash(F(5, 2)), Money(3) == 3, type(Money(1, 3) ** 2).__name__)
print(type(round(m, 1)).__name__, type(m.real).__name__)
print(sorted({F(1, 2), F(1, 3), F(2, 4)}), F(3, 4).__class__.__name__, F.__module__)
print(F(1, 4) in [0.25], 0.25 in {F(1, 4)}, max([F(1, 4), F(1, 3)]))
