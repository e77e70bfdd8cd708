# complex + - * / ** with int/float/complex operands (both orders), unary ops, abs, mixed pow.
import math
inf = math.inf
nan = math.nan
cases = ['(1+2j) + 1', '1 + (1+2j)', '2.5 - 1j', '1j - 2.5', '(1+2j) * (3-4j)', '(1+2j) / (3-4j)', '1 / 1j',
 '3 / (1+1j)', '(1+1j) / 2', '(1+1j) / 2.0', 'True + 1j', '1j * False',
 '(1+2j) ** 2', '(1+2j) ** -2', '2 ** (1+1j)', '1j ** 0.5', '0j ** 0', '0j ** 2', '(1+1j) ** 100',
 '1j ** 1j', '(2+3j) ** (0.5-1j)', '(1+1j) ** 3.0', '(-1+0j) ** 0.5', '2.0 ** 1j', '(1e-200j) ** 2',
 '-(1+2j)', '+(1+2j)', '-(0j)', 'abs(3+4j)', 'abs(-5j)', 'abs(complex(inf, nan))', 'abs(complex(nan, -inf))',
 'abs(complex(nan, 1))', 'abs(complex(1e308, 1e308) / 2)', 'abs(complex(1e-320, 1e-320))',
 '(inf+0j) * 2', 'complex(inf, inf) * 1j', '(1+1j) / complex(inf, inf)', '(1+1j) / complex(nan, 0)',
 '1e308j * 10', 'complex(1, inf) * 0', 'complex(1e308, 1e308) * (1+1j)', 'complex(1e-308, 1) / 1e308',
 'sum([1j, 2j, 3])', '(-8) ** (1/3)', '(-8.0) ** 0.5', '(-1) ** 0.5', 'pow(-4, 0.5)', '(-2.0) ** 1.5',
 '(-0.5) ** -1.5', '(-2) ** -0.5', '(-1.5) ** 2.5']
for t in cases:
    print(t, '->', repr(eval(t)))
z = 1+1j
z += 1
z *= 2j
z -= 0.5
z /= 2
z **= 2
print(z)
