# The TypeErrors/ValueErrors/ZeroDivisionErrors/OverflowErrors of complex, as CPython 3.11.
import math
class C:
    def __complex__(self): return 1+1j
class BadC:
    def __complex__(self): return 1
cases = ['1j / 0', '1j / 0.0', '1 / 0j', '0j / 0j', '0j ** -1', '0j ** 1j', '0j ** -1.5', '(1e200j) ** 2',
 '(1+1j) ** 1000.5', '(1.0000001+0j) ** 10**9', '(1e300+1j) ** 200', 'abs(complex(1e308, 1e308))',
 '1j < 1j', '1j > 1', '1 <= 1j', '1j >= 2.0', 'sorted([1j, 2j])', 'max(1j, 2j)',
 'int(1j)', 'float(1j)', 'divmod(1j, 2)', '1j // 2', '1j % 2', '2 % 1j', '2 // 1j', 'divmod(2, 1j)', '~1j', '1j << 1',
 '1j & 1', '(-1e300) ** 1.5', 'pow(1j, 2, 3)', 'pow(2, 1j, 3)', 'pow(2, 2, 3j)', 'pow(2.0, 2, 3j)', 'round(1j)', 'math.sqrt(1j)',
 'math.floor(1j)', 'math.isnan(1j)', 'range(1j)', 'complex(1, C())', 'complex("1", 2)', 'complex(1, "2")', 'complex(imag="2")',
 'complex([])', 'complex(1, [])', 'complex(b"1")', 'complex(None)', 'complex(BadC())', 'complex(1, 2, 3)',
 'complex(foo=1)', 'complex(10**400)', 'complex(1, 10**400)', 'complex("")', 'complex("(")', 'complex("()")',
 'complex("1+2j)")', 'complex("(1+2j")', 'complex("1 + 2j")', 'complex("1e")', 'complex("1e+")', 'complex("1+2j+")',
 'complex("1__0j")', 'complex("_1j")', 'complex("1_j")', 'complex("(  )")', 'complex("jj")', 'complex("1+2")',
 'complex("1j+2")', 'complex("\\x00")', 'math.pow(-8, 1/3)', 'hash', '(1j).conjugate(1)', '(1j).__abs__(1)',
 '(1j).__format__(1)', 'format(1j, 5)', '(1+1j)**10**400', '1j + "a"', '"a" * 1j', '[1] * 1j']
for t in cases:
    try:
        r = eval(t)
        print(t, '->', repr(r) if t != 'hash' else 'ok')
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
