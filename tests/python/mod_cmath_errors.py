# cmath's errors: domain (ValueError) and range (OverflowError) errors, argument errors.
import cmath, math
cases = ['cmath.sqrt()', 'cmath.sqrt(1, 2)', 'cmath.sqrt("a")', 'cmath.sqrt(x=1)', 'cmath.log()', 'cmath.log(1, 2, 3)',
 'cmath.log(1, 1)', 'cmath.log(0)', 'cmath.log(0j, 2)', 'cmath.log(0j, 2j)', 'cmath.log(1, 0)', 'cmath.log(0j, 1)', 'cmath.log("a")', 'cmath.log(10, "a")', 'cmath.log10(0)',
 'cmath.rect(1)', 'cmath.rect(1, "a")', 'cmath.rect(1j, 1)', 'cmath.rect(1, math.inf)', 'cmath.phase()',
 'cmath.phase(complex(1e300, 1e-300))', 'cmath.polar(complex(1e308, 1e308))', 'cmath.isclose(1, 2, 3)',
 'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.isclose(1)', 'cmath.exp(1000)', 'cmath.exp(709.9)', 'cmath.exp(complex(1, math.inf))',
 'cmath.cosh(1000)', 'cmath.sinh(-1000)', 'cmath.sin(1000j)', 'cmath.cos(1000j)', 'cmath.tan(1000j)', 'cmath.tanh(1000)',
 'cmath.atanh(1)', 'cmath.atanh(-1)', 'cmath.atan(1j)', 'cmath.atan(-1j)', 'cmath.sqrt(10**400)', 'cmath.exp(None)',
 'cmath.sqrt([])', 'cmath.isnan("x")', 'cmath.cos(complex(0, math.inf))', 'cmath.exp(complex(math.inf, math.inf))',
 'cmath.sinh(complex(1, math.inf))', 'cmath.tanh(complex(1, math.inf))']
for t in cases:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
