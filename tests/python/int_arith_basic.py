a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a / b)
print(-a, +a, a ** 2)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2)
print(100 - 1 - 1, 100 // 7 // 2)
x = 0
x = x + 1
print(x)
