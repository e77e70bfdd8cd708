# fractions: Python 3.11's Fraction (exact rational numbers), written for Moat from the
# documentation. Fractions are built from ints, Rationals, floats and strings ('3/4', ' -1.5e3 ',
# '1_000/3'), kept in lowest terms with a positive denominator, and mix with int/float/complex as
# the numbers module describes: exact with Rationals, float or complex otherwise. Hashes follow the
# documented numeric hash, so equal numbers of any type hash alike.
# Left out: Moat has no decimal module, so Fraction.from_decimal accepts only integers and raises
# the TypeError for a non-Decimal otherwise (and the constructor takes no Decimal); pickling
# (__reduce__). As in 3.11 there is no is_integer() and no __format__ (format() with a
# non-empty spec raises TypeError).

import math
import numbers
import sys

__all__ = ['Fraction']

# The prime modulus of the numeric hash and the hash of an infinity (sys.hash_info).
_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _is_digits(text):
    # Decimal digits (any script, as int() reads them) with single underscores between them.
    if not text or not text[0].isdecimal() or not text[-1].isdecimal() or '__' in text:
        return False
    for ch in text:
        if ch != '_' and not ch.isdecimal():
            return False
    return True


def _reduced(n, d):
    # A new Fraction from a numerator and a positive denominator already in lowest terms.
    f = object.__new__(Fraction)
    f._numerator, f._denominator = n, d
    return f


def _add_pairs(na, da, nb, db):
    # na/da + nb/db in lowest terms (see "The exact operations" in Fraction).
    g = math.gcd(da, db)
    if g == 1:
        return _reduced(na * db + da * nb, da * db)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return _reduced(t, s * db)
    return _reduced(t // g2, s * (db // g2))


def _parse(text):
    # Returns (numerator, denominator) of a Fraction literal, or None when it is not one. The
    # denominator may be 0; the caller reports that.
    s = text.strip()
    negative = s[:1] == '-'
    if s[:1] in ('-', '+'):
        s = s[1:]
    if '/' in s:
        top, _, bottom = s.partition('/')
        if not (_is_digits(top) and _is_digits(bottom)):
            return None
        n, d = int(top), int(bottom)
    else:
        mantissa, exponent = s, 0
        for mark in ('e', 'E'):
            if mark in s:
                mantissa, _, exp_text = s.partition(mark)
                digits = exp_text[1:] if exp_text[:1] in ('-', '+') else exp_text
                if not _is_digits(digits):
                    return None
                exponent = int(exp_text)
                break
        whole, dot, frac = mantissa.partition('.')
        if not whole and not frac:
            return None
        if (whole and not _is_digits(whole)) or (frac and not _is_digits(frac)):
            return None
        frac = frac.replace('_', '')
        n = int(whole or '0') * 10 ** len(frac) + int(frac or '0')
        d = 10 ** len(frac)
        if exponent >= 0:
            n *= 10 ** exponent
        else:
            d *= 10 ** -exponent
    return (-n if negative else n), d


class Fraction(numbers.Rational):
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, numbers.Rational):
                # Another Rational is taken as it is, without reducing it again.
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % (numerator,))
                n, d = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator, self._denominator = n // g, d // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        # Without a decimal module only integers qualify; all else is "not a Decimal".
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        # Walk the continued fraction's convergents p/q until q would pass the limit, then pick the
        # closer of the last convergent and the best semiconvergent (the convergent on a tie).
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        conv = Fraction(p, q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic. Each operator has an exact version on (numerator, denominator) pairs. The forward
    # method uses it with an int or Fraction operand and turns the Fraction into a float (complex)
    # for a float (complex) operand; the reflected one uses it with any Rational and computes in
    # float with any other Real, in complex with any other Complex.

    def _binary(exact, fallback, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a._numerator, a._denominator, b.numerator, b.denominator)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            # The concrete types are tested first: an ABC check costs more.
            if isinstance(a, int) or isinstance(a, numbers.Rational):
                return exact(a.numerator, a.denominator, b._numerator, b._denominator)
            if isinstance(a, float) or isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, complex) or isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__%s__' % name
        forward.__qualname__ = 'Fraction.__%s__' % name
        reverse.__name__ = '__r%s__' % name
        reverse.__qualname__ = 'Fraction.__r%s__' % name
        return forward, reverse

    # The exact operations cancel common factors of the (small) denominators and numerators
    # first, so that the result needs no gcd of its (large) numerator and denominator: the
    # operands are in lowest terms, and what is left after cancelling is coprime.

    def _sub(na, da, nb, db):
        return _add_pairs(na, da, -nb, db)

    def _mul(na, da, nb, db):
        g1 = math.gcd(na, db)
        if g1 > 1:
            na, db = na // g1, db // g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb, da = nb // g2, da // g2
        return _reduced(na * nb, da * db)

    def _div(na, da, nb, db):
        # Dividing by zero therefore reports "Fraction(1, 0)" or "Fraction(-1, 0)", as CPython.
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na, nb = na // g1, nb // g1
        g2 = math.gcd(da, db)
        if g2 > 1:
            da, db = da // g2, db // g2
        n, d = na * db, da * nb
        if d < 0:
            n, d = -n, -d
        elif d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        return _reduced(n, d)

    def _floordiv(na, da, nb, db):
        return (na * db) // (da * nb)

    def _mod(na, da, nb, db):
        return Fraction((na * db) % (nb * da), da * db)

    def _divmod(na, da, nb, db):
        q, r = divmod(na * db, da * nb)
        return q, Fraction(r, da * db)

    __add__, __radd__ = _binary(_add_pairs, lambda x, y: x + y, 'add')
    __sub__, __rsub__ = _binary(_sub, lambda x, y: x - y, 'sub')
    __mul__, __rmul__ = _binary(_mul, lambda x, y: x * y, 'mul')
    __truediv__, __rtruediv__ = _binary(_div, lambda x, y: x / y, 'truediv')
    __floordiv__, __rfloordiv__ = _binary(_floordiv, lambda x, y: x // y, 'floordiv')
    __mod__, __rmod__ = _binary(_mod, lambda x, y: x % y, 'mod')
    __divmod__, __rdivmod__ = _binary(_divmod, divmod, 'divmod')
    del _binary, _sub, _mul, _div, _floordiv, _mod, _divmod

    def __pow__(a, b):
        # An integral Rational exponent stays exact; anything else goes through float(a).
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                # Powers of coprime numbers are coprime: no gcd needed, except to report 0 ** -n.
                power = b.numerator
                if power >= 0:
                    return _reduced(a._numerator ** power, a._denominator ** power)
                if a._numerator > 0:
                    return _reduced(a._denominator ** -power, a._numerator ** -power)
                if a._numerator < 0:
                    return _reduced((-a._denominator) ** -power, (-a._numerator) ** -power)
                return Fraction(a._denominator ** -power, 0)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _reduced(a._numerator, a._denominator)

    def __neg__(a):
        return _reduced(-a._numerator, a._denominator)

    def __abs__(a):
        return _reduced(abs(a._numerator), a._denominator)

    def __int__(a):
        return a.__trunc__()

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            # Nearest integer, ties to the even one.
            floor, rest = divmod(self._numerator, self._denominator)
            twice = 2 * rest
            if twice < self._denominator or (twice == self._denominator and floor % 2 == 0):
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # The documented numeric hash: numerator times the inverse of the denominator modulo the
        # prime P; a denominator divisible by P has no inverse and hashes as infinity.
        n, d = self._numerator, self._denominator
        if d % _HASH_MODULUS == 0:
            result = _HASH_INF
        else:
            result = abs(n) % _HASH_MODULUS * pow(d, -1, _HASH_MODULUS) % _HASH_MODULUS
        if n < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if not isinstance(b, float):
            if isinstance(b, numbers.Rational):
                return a._numerator == b.numerator and a._denominator == b.denominator
            if isinstance(b, numbers.Complex) and b.imag == 0:
                b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == Fraction(*b.as_integer_ratio())
        return NotImplemented

    def _compare(a, b, op):
        # op compares two ints or floats; an infinite or NaN float compares as it does with 0.0.
        if isinstance(b, (int, Fraction)):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            n, d = b.as_integer_ratio()
            return op(a._numerator * d, a._denominator * n)
        if isinstance(b, numbers.Rational):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    # Fractions are immutable: a copy of a plain Fraction is itself.
    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
