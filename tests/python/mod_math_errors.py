import math
tests = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(10, 1),
    lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000),
    lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.acos(2), lambda: math.sqrt("x"),
    lambda: math.floor("x"), lambda: math.floor(math.inf), lambda: math.ceil(math.nan),
    lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.perm(-1),
    lambda: math.gcd(1.5), lambda: math.fmod(1, 0), lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.atan2(1), lambda: math.gamma(0),
    lambda: math.gamma(-2), lambda: math.lgamma(0), lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.dist((1, 2), (1,)), lambda: math.ldexp(1.0, 5000), lambda: math.log(-5, 2),
]
for t in tests:
    try:
        print("no error", t())
    except Exception as e:
        print(type(e).__name__, e)
math.sqrt(-4)
