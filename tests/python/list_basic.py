a = [1, 2, 3, "four", 5.0, None]
print(a)
print(len(a), a[0], a[-1], a[3])
a[1] = "two"
print(a)
print([], [[]], [1, [2, [3]]])
b = list()
print(b, list("ab"), list(range(3)), list((1, 2)))
