t = (1, 2, 3)
a, b, c = t
print(a, b, c)
x, y = "xy"
print(x, y)
p, q = [10, 20]
print(p, q)
for i, (m, n) in [(0, (1, 2)), (1, (3, 4))]:
    print(i, m, n)
