# numbers: subclassing the ABCs, the concrete mixin methods each level provides, register()
import numbers, math

def trace(name, result):
    print('  called', name)
    return result

class MyComplex(numbers.Complex):
    def __init__(self, re, im): self.re, self.im = re, im
    def __repr__(self): return 'MyComplex(%r, %r)' % (self.re, self.im)
    def __complex__(self): return complex(self.re, self.im)
    real = property(lambda self: self.re)
    imag = property(lambda self: self.im)
    def __add__(self, o): return trace('__add__', MyComplex(self.re + complex(o).real, self.im + complex(o).imag))
    def __radd__(self, o): return trace('__radd__', MyComplex(self.re + complex(o).real, self.im + complex(o).imag))
    def __neg__(self): return trace('__neg__', MyComplex(-self.re, -self.im))
    def __pos__(self): return self
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
    def __truediv__(self, o): return NotImplemented
    def __rtruediv__(self, o): return NotImplemented
    def __pow__(self, o): return NotImplemented
    def __rpow__(self, o): return NotImplemented
    def __abs__(self): return abs(complex(self))
    def conjugate(self): return MyComplex(self.re, -self.im)
    def __eq__(self, o): return trace('__eq__', complex(self) == o)

z = MyComplex(1, 2)
print(z - 1)
print(5 - z)
print(bool(z), bool(MyComplex(0, 0)), abs(z), z.conjugate(), isinstance(z, numbers.Number))
print(MyComplex.__hash__, numbers.Complex.__bool__ is not None)

class MyReal(numbers.Real):
    def __init__(self, v): self.v = v
    def __repr__(self): return 'MyReal(%r)' % self.v
    def __float__(self): return trace('__float__', float(self.v))
    def __trunc__(self): return math.trunc(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __round__(self, n=None): return round(self.v, n)
    def __floordiv__(self, o): return trace('__floordiv__', MyReal(self.v // o))
    def __rfloordiv__(self, o): return trace('__rfloordiv__', MyReal(o // self.v))
    def __mod__(self, o): return trace('__mod__', MyReal(self.v % o))
    def __rmod__(self, o): return trace('__rmod__', MyReal(o % self.v))
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __add__(self, o): return MyReal(self.v + o)
    def __radd__(self, o): return MyReal(o + self.v)
    def __neg__(self): return MyReal(-self.v)
    def __pos__(self): return trace('__pos__', MyReal(self.v))
    def __mul__(self, o): return MyReal(self.v * o)
    def __rmul__(self, o): return MyReal(o * self.v)
    def __truediv__(self, o): return MyReal(self.v / o)
    def __rtruediv__(self, o): return MyReal(o / self.v)
    def __pow__(self, o): return MyReal(self.v ** o)
    def __rpow__(self, o): return MyReal(o ** self.v)
    def __abs__(self): return MyReal(abs(self.v))
    def __eq__(self, o): return self.v == o

r = MyReal(7.5)
print(complex(r))
print(r.real, r.imag, r.conjugate())
print(divmod(r, 2))
print(divmod(20, r))
print(r - 2, 10 - r, bool(r), bool(MyReal(0)), isinstance(r, numbers.Complex), isinstance(r, numbers.Rational))

class MyRational(numbers.Rational):
    def __init__(self, n, d): self.n, self.d = n, d
    numerator = property(lambda self: trace('numerator', self.n))
    denominator = property(lambda self: trace('denominator', self.d))
for _name in sorted(numbers.Rational.__abstractmethods__ - {'numerator', 'denominator'}):
    setattr(MyRational, _name, lambda self, *a: NotImplemented)
MyRational.__abstractmethods__ = frozenset()
q = MyRational(7, 2)
print(float(q))
print(float(MyRational(10**400, 10**399)))

class MyIntegral(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return trace('__int__', self.v)
    def __pos__(self): return trace('__pos__', self)
    def __repr__(self): return 'MyIntegral(%r)' % self.v
for _name in sorted(numbers.Integral.__abstractmethods__ - {'__int__', '__pos__'}):
    setattr(MyIntegral, _name, lambda self, *a: NotImplemented)
MyIntegral.__abstractmethods__ = frozenset()
i = MyIntegral(6)
print(i.__index__())
print(float(i))
print(i.numerator, i.denominator)
print([10, 20, 30, 40, 50, 60, 70][i], list(range(i)), hex(i), isinstance(i, numbers.Rational))

class Unrelated:
    pass
print(isinstance(Unrelated(), numbers.Real))
numbers.Real.register(Unrelated)
print(isinstance(Unrelated(), numbers.Real), isinstance(Unrelated(), numbers.Complex),
      isinstance(Unrelated(), numbers.Rational), issubclass(Unrelated, numbers.Number))

class Partial(numbers.Real):
    def __float__(self): return 1.0
try:
    Partial()
except TypeError as e:
    print('TypeError', str(e)[:60])
