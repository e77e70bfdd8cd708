# fractions.Fraction with float and complex operands in both orders: float/complex results
from fractions import Fraction as F

a = F(3, 4)
for other in (0.5, -2.25, 1e300, complex(1, 2), 2j):
    r = [a + other, other + a, a - other, other - a, a * other, other * a, a / other, other / a]
    print([(type(v).__name__, v) for v in r])
for other in (0.5, -2.25, 3.0):
    print(a // other, other // a, a % other, other % a, divmod(a, other), divmod(other, a))
print(a ** 2.0, 2.0 ** a, a ** 0.5, 0.5 ** a, a ** (1 + 1j), (1 + 1j) ** F(2), F(2) ** 1j)
print(F(1, 3) + 0.1, 0.1 + F(1, 3), F(10**400, 10**399) + 1.0)
print(type(F(1, 2) + True).__name__, type(1.0 + F(1, 2)).__name__)
try:
    F(1, 2) // 1j
except TypeError as e:
    print('TypeError', e)
try:
    1j % F(1, 2)
except TypeError as e:
    print('TypeError', e)
for bad in (None, object(), {1: 2}):
    for op in ('+', '-', '*', '/', '//', '%', '**'):
        try:
            eval('F(1, 2) ' + op + ' bad')
        except TypeError as e:
            print('TypeError', e)
        try:
            eval('bad ' + op + ' F(1, 2)')
        except TypeError as e:
            print('TypeError', e)
try:
    divmod(F(1, 2), 'x')
except TypeError as e:
    print('TypeError', e)
for e in ("'x' ** F(2)", "None ** F(-2)", "2.0 ** F(-2)", "(1+1j) ** F(-2)", "F(1, 2) ** (1+0j)", "F(4) ** F(-1, 2)"):
    try: print(e, repr(eval(e)))
    except Exception as ex: print(e, type(ex).__name__, ex)
