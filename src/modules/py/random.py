# random: pseudo-random numbers with CPython's generator and algorithms, so `random.seed(x)` makes
# a run draw exactly CPython's numbers. The Mersenne Twister is C (random._MT, src/modules/random.c);
# each distribution below is built on its random() (53-bit floats) and getrandbits(k). Without an
# explicit seed a generator is seeded on first use from the host call "random.seed" (an int): the
# host decides, and can replay, a run's randomness. Seeds that are str/bytes/bytearray become an int
# through SHA-512 as in CPython (hashlib), so they draw CPython's numbers too.

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil, sqrt as _sqrt, \
    cos as _cos, sin as _sin, floor as _floor, acos as _acos, isfinite as _isfinite
from itertools import accumulate as _accumulate
from operator import index as _index
from collections.abc import Sequence as _Sequence
from hashlib import sha512 as _sha512

_host_seed = _host("random.seed")
_new_generator = _mt
del _host, _mt

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate", "expovariate",
           "vonmisesvariate", "gammavariate", "triangular", "gauss", "betavariate",
           "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "choices",
           "randbytes"]

_TWOPI = 2.0 * _pi
_NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
_LOG4 = _log(4.0)
_SG_MAGICCONST = 1.0 + _log(4.5)


def _as_index(value, what):
    # randrange's arguments: ints or objects with __index__; CPython 3.11 still accepts other
    # numbers that are whole (with a DeprecationWarning, not shown here).
    try:
        return _index(value)
    except TypeError:
        pass
    as_int = int(value)
    if as_int != value:
        raise ValueError(f"non-integer {what} for randrange()")
    return as_int


def _bisect(seq, x, hi):
    # The first position in seq[0:hi] whose value is greater than x (bisect_right).
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < seq[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


class Random:
    """Random number generator: the Mersenne Twister with CPython's seeding and algorithms."""

    VERSION = 3

    def __init__(self, x=None):
        self._gen = None
        self.gauss_next = None
        if x is not None:
            self.seed(x)

    def _generator(self):
        gen = self._gen
        if gen is None:
            seed = _host_seed()
            if isinstance(seed, bool) or not isinstance(seed, int):
                raise RuntimeError("host function 'random.seed' must return an int")
            gen = _new_generator()
            gen.seed(seed)
            self._gen = gen
        return gen

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed (None: the host's seed)."""
        if a is None:
            self._gen = None
            self._generator()
        else:
            if version == 1 and isinstance(a, (str, bytes)):
                text = a.decode('latin-1') if isinstance(a, bytes) else a
                h = ord(text[0]) << 7 if text else 0
                for ch in text:
                    h = ((1000003 * h) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
                h ^= len(text)
                a = -2 if h == -1 else h
            elif version == 2 and isinstance(a, (str, bytes, bytearray)):
                # Version 2 (the default): the seed's bytes followed by their SHA-512 digest, read
                # as one big-endian integer, as CPython does.
                data = a.encode() if isinstance(a, str) else bytes(a)
                a = int.from_bytes(data + _sha512(data).digest(), 'big')
            elif not isinstance(a, (int, float, str, bytes, bytearray)):
                raise TypeError('The only supported seed types are: None,\n'
                                'int, float, str, bytes, and bytearray.')
            if type(a) is not int:
                # As CPython's C seed: anything but an exact int seeds with its hash as a size_t.
                a = hash(a) % 2 ** 64
            gen = _new_generator()
            gen.seed(a)
            self._gen = gen
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, self._generator().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, words, gauss_next = state
        elif version == 2:
            version, words, gauss_next = state
            try:
                words = tuple(x % 2 ** 32 for x in words)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError(f"state with version {version} passed to Random.setstate() "
                             f"of version {self.VERSION}")
        gen = _new_generator()
        gen.setstate(words)
        self._gen = gen
        self.gauss_next = gauss_next

    def random(self):
        """random() -> x in the interval [0, 1)."""
        return self._generator().random()

    def getrandbits(self, k, /):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        return self._generator().getrandbits(k)

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def _randbelow(self, n):
        # Draw bit_length(n) bits until the number is below n.
        bits = n.bit_length()
        getrandbits = self.getrandbits
        r = getrandbits(bits)
        while r >= n:
            r = getrandbits(bits)
        return r

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        first = _as_index(start, "arg 1")
        if stop is None:
            if type(step) is not int or step != 1:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError("empty range for randrange()")
        last = _as_index(stop, "stop")
        width = last - first
        stride = _as_index(step, "step")
        if stride == 1:
            if width > 0:
                return first + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (first, last, width))
        if stride > 0:
            count = (width + stride - 1) // stride
        elif stride < 0:
            count = (width + stride + 1) // stride
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            bounds = list(_accumulate(counts))
            if len(bounds) != n:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(bounds, s, len(bounds))] for s in picks]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        below = self._randbelow
        chosen = [None] * k
        # CPython picks its method by comparing the sizes of a list of n and a set of k items;
        # the choice decides which numbers are drawn, so it is made the same way here.
        set_size = 21
        if k > 5:
            set_size += 4 ** _ceil(_log(k * 3, 4))
        if n <= set_size:
            pool = list(population)
            for i in range(k):
                j = below(n - i)
                chosen[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = below(n)
                while j in taken:
                    j = below(n)
                taken.add(j)
                chosen[i] = population[j]
        return chosen

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                scale = n + 0.0
                return [population[_floor(random() * scale)] for _ in range(k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[_bisect(cum_weights, random() * total, last)] for _ in range(k)]

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution: continuous, between low and high, peaking at mode."""
        draw = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if draw > peak:
            # The upper side is the lower side seen from `high`.
            draw, peak, low, high = 1.0 - draw, 1.0 - peak, high, low
        return low + (high - low) * _sqrt(draw * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller, the second value kept for the next call)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * _TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution (Best and Fisher's method)."""
        random = self.random
        if kappa <= 1e-6:
            return _TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * random())
            d = z / (r + z)
            u = random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % _TWOPI
        return (mu - _acos(f)) % _TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (Cheng's method for alpha > 1, Ahrens-Dieter GS below)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # R. C. H. Cheng's rejection method (1977) for shapes above one.
            spread = _sqrt(2.0 * alpha - 1.0)
            shift = alpha - _LOG4
            slope = alpha + spread
            while True:
                p = random()
                if not 1e-7 < p < 0.9999999:
                    continue
                q = 1.0 - random()
                v = _log(p / (1.0 - p)) / spread
                x = alpha * _exp(v)
                w = p * p * q
                t = shift + slope * v - x
                if t + _SG_MAGICCONST - 4.5 * w >= 0.0 or t >= _log(w):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    return x * beta
            elif u1 <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution, from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """A generator the host seeds anew for each instance (no OS entropy in the sandbox)."""

    def seed(self, *args, **kwds):
        return None

    def getstate(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    setstate = getstate


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
