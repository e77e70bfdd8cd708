# numbers: the ABC tower, registration of int/float/complex/bool/Fraction, abstract methods
import numbers
from fractions import Fraction

classes = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for v in [1, True, 1.5, 1j, Fraction(1, 2), 'x', None, [1], b'1']:
    print(repr(v), [isinstance(v, c) for c in classes])
for t in [int, bool, float, complex, Fraction, str, object]:
    print(t.__name__, [issubclass(t, c) for c in classes])
for c in classes:
    print(c.__name__, [b.__name__ for b in c.__mro__], sorted(c.__abstractmethods__))
print([issubclass(a, b) for a in classes for b in classes])
print(numbers.Number.__hash__ is None, numbers.Integral.__module__)
for c in classes:
    try:
        c()
    except TypeError as e:
        print('TypeError', e)
    else:
        print(c.__name__, 'instantiated')
print(numbers.__all__ if hasattr(numbers, '__all__') else None)
print(sorted(n for n in dir(numbers) if not n.startswith('_')))
