a = [1, 2] * 2 + [3]
print(a, 3 in a, len(a), a[-1], list("ab"), list(range(3)), [0] * 3)
m = [[0] * 2 for _ in range(2)]; m[0][0] = 1; print(m)
n = [[0] * 2] * 2; n[0][0] = 1; print(n)
a *= 2; print(a)
a += "xy"; print(a)
print(a.__len__(), list.__name__)
