# statistics: Moat's own implementation of Python 3.11's statistics module, written from its
# documentation and checked against CPython 3.11 as a black box (tests/python/mod_statistics_*.py).
#
# Averages and spread are computed exactly: every value becomes an integer ratio, sums are kept as
# integers per denominator, and the result is rounded once into the inputs' type (int data gives an
# int when the answer is whole, else a float; Fraction data gives a Fraction; float gives float).
# stdev and pstdev round the exact square root correctly. Left out: decimal.Decimal support (Moat
# has no decimal module) and pickling support for NormalDist.

from fractions import Fraction
from math import fsum, sqrt, exp, log, erf, fabs, hypot, tau, isqrt, ldexp
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from itertools import repeat
from operator import mul
import numbers
import random

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic helpers -------------------------------------------------------------------

def _ratio(x):
    # (numerator, denominator) of a number; (x, None) for an infinity or NaN.
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _wider(T, S):
    # The type a result takes when the data mixes types T and S (bool counts as int).
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


class _Acc:
    # Exact running sums of the values (and optionally their squares), kept as integer numerators
    # per denominator; infinities and NaNs are summed apart as floats.
    def __init__(self, squares=False):
        self.count = 0
        self.types = []
        self.sums = {}
        self.squares = {} if squares else None
        self.special = None

    def add(self, x):
        t = type(x)
        if t not in self.types:
            self.types.append(t)
        n, d = _ratio(x)
        self.count += 1
        if d is None:
            self.special = n if self.special is None else self.special + n
            return
        self.sums[d] = self.sums.get(d, 0) + n
        if self.squares is not None:
            dd = d * d
            self.squares[dd] = self.squares.get(dd, 0) + n * n

    def result_type(self):
        T = int
        for t in self.types:
            T = _wider(T, t)
        return T

    def total(self):
        if self.special is not None:
            return self.special
        return _fraction_sum(self.sums)

    def squares_total(self):
        return _fraction_sum(self.squares)


def _fraction_sum(parts):
    total = Fraction(0)
    for d, n in parts.items():
        total += Fraction(n, d)
    return total


def _exact_sum(data):
    # (result type, exact total, count)
    acc = _Acc()
    for x in data:
        acc.add(x)
    return acc.result_type(), acc.total(), acc.count


def _to_float(fr):
    return fr.numerator / fr.denominator


def _as_type(value, T):
    # Round an exact result into type T (an int result that is not whole becomes a float).
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if T is float:
        return _to_float(value)
    if T is int:
        return value.numerator
    return T(value)


def _sum_of_squares(data, c=None):
    # (result type, sum of squared deviations, centre, count). Given a centre c, deviations are
    # computed in the data's own arithmetic and summed exactly; otherwise everything is exact.
    if c is not None:
        T, total, n = _exact_sum((x - c) * (x - c) for x in data)
        return T, total, c, n
    acc = _Acc(squares=True)
    for x in data:
        acc.add(x)
    n = acc.count
    if n == 0:
        ss = c = Fraction(0)
    elif acc.special is not None:
        ss = c = acc.special
    else:
        sx = acc.total()
        ss = (n * acc.squares_total() - sx * sx) / n
        c = sx / n
    return acc.result_type(), ss, c, n


def _sqrt_of_ratio(n, d):
    # The float nearest to sqrt(n / d), for integers n >= 0 and d > 0: an integer square root with
    # at least 55 bits, a sticky low bit when inexact, then one correctly rounded int-to-float step.
    if n == 0:
        return 0.0
    k = (112 - (n.bit_length() - d.bit_length())) // 2 + 1
    if k >= 0:
        N, D = n << (2 * k), d
    else:
        N, D = n, d << (-2 * k)
    q = isqrt(N // D)
    if q * q * D != N:
        q |= 1
    return ldexp(float(q), -k)


# ---- averages -----------------------------------------------------------------------------------

def mean(data):
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(total / n, T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        n = 0
        items = data

        def counted():
            nonlocal n
            for x in items:
                n += 1
                yield x
        data = counted()
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        nw = len(weights)
    except TypeError:
        weights = list(weights)
        nw = len(weights)
    num = fsum(map(mul, data, weights))
    if n != nw:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive '
                              'numbers') from None


_NEGATIVE = 'harmonic mean does not support negative values'


def _no_negatives(values):
    for x in values:
        if x < 0:
            raise StatisticsError(_NEGATIVE)
        yield x


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, numbers.Real):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(_NEGATIVE)
        return x
    if weights is None:
        weights = repeat(1, n)
        weight_total = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _exact_sum(_no_negatives(weights))[1]
    try:
        T, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, _no_negatives(data)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight_total / total, T)


# ---- middle values and modes --------------------------------------------------------------------

def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[(n - 1) // 2]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    # The median's class holds every value equal to x: cf values lie below it, f inside it.
    below = bisect_left(data, x)
    inside = bisect_right(data, x, lo=below) - below
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    lower = x - interval / 2
    return lower + interval * (n / 2 - below) / inside


def mode(data):
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, c in counts.items() if c == most]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = size + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread -------------------------------------------------------------------------------------

def variance(data, xbar=None):
    T, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(ss / n, T)


def stdev(data, xbar=None):
    _, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    v = ss / (n - 1)
    return _sqrt_of_ratio(v.numerator, v.denominator)


def pstdev(data, mu=None):
    _, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    v = ss / n
    return _sqrt_of_ratio(v.numerator, v.denominator)


# ---- two variables ------------------------------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    n = _paired(x, y, 'covariance')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    return fsum((a - xbar) * (b - ybar) for a, b in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    n = _paired(x, y, 'correlation')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    dx = [a - xbar for a in x]
    dy = [b - ybar for b in y]
    sxy = fsum(a * b for a, b in zip(dx, dy))
    sxx = fsum(a * a for a in dx)
    syy = fsum(b * b for b in dy)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'), module='statistics')


def linear_regression(x, y, /, *, proportional=False):
    n = _paired(x, y, 'linear regression')
    if not proportional:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [a - xbar for a in x]
        y = [b - ybar for b in y]
    sxy = fsum(a * b for a, b in zip(x, y))
    sxx = fsum(a * a for a in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution --------------------------------------------------------------------

def _standard_normal_quantile(p):
    # Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988): rational approximations on
    # three ranges of p, relative error about 1e-16.
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r +
                    6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r +
                  1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r +
                1.3314166789178437745e+2) * r + 3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r +
                    3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r +
                  5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r +
                4.2313330701600911252e+1) * r + 1.0)
        return num / den
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r +
                    2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r +
                  3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r +
                4.63033784615654529590e+0) * r + 1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r +
                    1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r +
                  6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r +
                2.05319162663775882187e+0) * r + 1.0)
    else:
        r -= 5.0
        num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r +
                    1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r +
                  2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r +
                5.46378491116411436990e+0) * r + 6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r +
                    1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r +
                  1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r +
                5.99832206555887937690e-1) * r + 1.0)
    z = num / den
    return -z if q < 0.0 else z


_ROOT2 = sqrt(2.0)


class NormalDist:
    'Normal distribution of a random variable'

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        'NormalDist where mu is the mean and sigma is the standard deviation.'
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        'Make a normal distribution instance from sample data.'
        _, ss, xbar, n = _sum_of_squares(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        if isinstance(ss, float):
            return cls(xbar, float('nan'))  # an infinity or NaN in the data
        v = ss / (n - 1)
        return cls(_to_float(xbar), _sqrt_of_ratio(v.numerator, v.denominator))

    def samples(self, n, *, seed=None):
        'Generate *n* samples for a given mean and standard deviation.'
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        'Probability density function.  P(x <= X < x+dx) / dx'
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return exp(d * d / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        'Cumulative distribution function.  P(X <= x)'
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _ROOT2)))

    def inv_cdf(self, p):
        'Inverse cumulative distribution function.  x : P(X <= x) = p'
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        'Divide into *n* continuous intervals with equal probability.'
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        'Compute the overlapping coefficient (OVL) between two normal distributions.'
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        xv, yv = X.variance, Y.variance
        if not xv or not yv:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = yv - xv
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _ROOT2))
        a = X._mu * yv - Y._mu * xv
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(yv / xv))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        'Compute the Standard Score.  (x - mean) / stdev'
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        'Arithmetic mean of the normal distribution.'
        return self._mu

    @property
    def median(self):
        'Return the median of the normal distribution'
        return self._mu

    @property
    def mode(self):
        'Return the mode of the normal distribution'
        return self._mu

    @property
    def stdev(self):
        'Standard deviation of the normal distribution.'
        return self._sigma

    @property
    def variance(self):
        'Square of the standard deviation.'
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'
