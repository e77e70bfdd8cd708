a = 1.5
b = 0.25
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** 2)
print(0.1 + 0.2, 1.1 * 3, 1 - 0.9)
print(-a, abs(-2.5))
print(2.0 ** 0.5)
