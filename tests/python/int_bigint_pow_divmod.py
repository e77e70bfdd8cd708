x = 3 ** 200
print(x)
print(divmod(x, 10 ** 20))
print(x % 1000007, pow(3, 200, 1000007))
print(x >> 100, x & 0xFFFF)
print(-x // 10 ** 50)
print(hex(2 ** 100), bin(2 ** 65))
print(int("9" * 50) + 1)
