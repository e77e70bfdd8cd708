# fractions.Fraction arithmetic between Fractions and ints: + - * / // % divmod ** unary
from fractions import Fraction as F

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(b + a, b - a, b * a, b / a, b // a, b % a, divmod(b, a))
print(a + 2, 2 + a, a - 2, 2 - a, a * 2, 2 * a, a / 2, 2 / a, a // 2, 2 // a)
print(a % 2, 2 % a, divmod(a, 2), divmod(7, a), divmod(F(-7, 2), 2), divmod(F(7, 2), -2))
print(F(-7, 3) // F(1, 2), F(-7, 3) % F(1, 2), F(7, 3) % F(-1, 2), F(7, 3) // F(-1, 2))
print(-a, +a, abs(b), abs(F(0)), -F(0), bool(F(0)), bool(a), bool(F(0, 3)))
print(a ** 2, a ** -2, a ** 0, b ** 3, b ** -3, F(0) ** 0, F(-2, 3) ** -1, F(1, 2) ** 100)
print(2 ** F(3), 2 ** F(-3), 2 ** F(1, 2), F(4) ** F(1, 2), F(1, 4) ** 0.5, F(9, 4) ** F(3, 2))
print(F(-8) ** F(1, 3), (-2) ** F(1, 2), F(-1, 4) ** 0.5)
print(type(a ** 2).__name__, type(a ** F(2)).__name__, type(a ** F(1, 2)).__name__,
      type(2 ** F(2)).__name__, type(2 ** F(-2)).__name__, type(2 ** F(1, 2)).__name__)
print(F(1, 3) + F(1, 6), F(1, 2) - F(1, 2), F(10**20, 3) * F(3, 10**20), sum([F(1, n) for n in range(1, 11)]))
print(int(F(7, 2)), int(F(-7, 2)), float(F(1, 3)), float(F(-10**400, 3 * 10**399)), complex(F(1, 4)))
print(True + F(1, 2), F(1, 2) * False, F(1, 2) ** True)
x = F(1, 2); x += 1; x *= 3; x -= F(1, 2); x /= 2; x //= F(1, 3); x **= 2
print(x, type(x).__name__)
print(pow(F(2, 3), 3), pow(F(2, 3), -1), F(1, 2) ** -0 == 1)
print(sum([F(1, 3)] * 3), F(1, 3) * 3 == 1, (F(1, 3) * 3).denominator)
