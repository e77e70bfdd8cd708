a = 2**200 + 12345
b = 3**130 - 7
print(a + b)
print(a - b)
print(b - a)
print(-a + 1)
print(a + (-a))
print(10**50 - 10**50 + 1)
