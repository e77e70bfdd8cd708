(a, b), c = (1, 2), 3
print(a, b, c)
[x, [y, z]] = ["p", ["q", "r"]]
print(x, y, z)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i + j + k)
