print(1 + 2 * 3 ** 2, (1 + 2) * 3, -2 ** 2, (-2) ** 2)
print(2 * 3 % 4, 10 - 4 - 3, 2 ** -1, 1 + 2 < 4 and 3 > 2)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, not 1 == 2, 8 // 3 * 3 + 8 % 3)
print(True or False and False, (True or False) and False)
