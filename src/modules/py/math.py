# The Python half of the math module (the C half, src/modules/math.c, runs first in the same
# namespace): integer functions and fsum, whose loops count against the instruction limit.

def factorial(n, /):
    n = _as_index(n) if not isinstance(n, float) else _float_index(n)
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r


def _float_index(x):
    raise TypeError("'float' object cannot be interpreted as an integer")


def gcd(*integers):
    r = 0
    for x in integers:
        x = _as_index(x)
        a, b = abs(r), abs(x)
        while b:
            a, b = b, a % b
        r = a
    return r


def lcm(*integers):
    r = 1
    for x in integers:
        x = _as_index(x)
        if r == 0 or x == 0:
            r = 0
            continue
        a, b = abs(r), abs(x)
        g = a
        h = b
        while h:
            g, h = h, g % h
        r = a // g * b
    return r


def isqrt(n, /):
    n = _as_index(n)
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    x = 1 << ((_bit_length(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def comb(n, k, /):
    n = _as_index(n)
    k = _as_index(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    k = min(k, n - k)
    r = 1
    i = 1
    while i <= k:
        r = r * (n - k + i) // i
        i += 1
    return r


def perm(n, k=None, /):
    n = _as_index(n)
    if k is None:
        return factorial(n)
    k = _as_index(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    r = 1
    i = n - k + 1
    while i <= n:
        r *= i
        i += 1
    return r


def prod(iterable, /, *, start=1):
    r = start
    for x in iterable:
        r = r * x
    return r


def fsum(seq, /):
    # CPython's math_fsum (Shewchuk's algorithm with its final rounding correction).
    partials = []
    special_sum = 0.0
    inf_sum = 0.0
    for x in seq:
        x = _as_double(x)
        xsave = x
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        if x != 0.0:
            if not isfinite(x):
                if isfinite(xsave):
                    raise OverflowError("intermediate overflow in fsum")
                if isinf(xsave):
                    inf_sum += xsave
                special_sum += xsave
                partials.clear()
            else:
                partials.append(x)
    if special_sum != 0.0:
        if isnan(inf_sum):
            raise ValueError("-inf + inf in fsum")
        return special_sum
    hi = 0.0
    n = len(partials)
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return hi
