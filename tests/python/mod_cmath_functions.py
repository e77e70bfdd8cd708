# cmath functions on ordinary values, constants, log with a base, polar/rect round trips, isclose.
import cmath, math
def c(z): return '(%.12g%+.12gj)' % (z.real, z.imag)
zs = [1+1j, -2+0.5j, 0.25-3j, 3, -4.0, 1e-5j, 10+10j, -0.5-0.5j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    print(name, ' '.join(c(f(z)) for z in zs))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4+0j), cmath.sqrt(complex(-4, -0.0)), cmath.exp(0), cmath.log(1))
print(c(cmath.log(8, 2)), c(cmath.log(1j, 1j)), c(cmath.log(100, 10)), c(cmath.log(-1, 2+1j)))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(1j), cmath.polar(-2))
print(c(cmath.rect(2, cmath.pi / 4)), cmath.rect(1, 0), cmath.rect(-1, 0.0), cmath.rect(0, 1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj, type(cmath.infj).__name__)
print(cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1j, 1.1j), cmath.isclose(1, 1.05, rel_tol=0.1),
      cmath.isclose(0, 1e-12j, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.nanj, cmath.nanj),
      cmath.isclose(a=1, b=1))
print(cmath.isfinite(1+1j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)))
class C:
    def __complex__(self): return 4j
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.exp(False))
print(cmath.sqrt.__name__, type(cmath.sqrt).__name__, repr(cmath.sqrt))
