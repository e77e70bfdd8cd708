a = [1, 2]
b = [3]
print(a + b, b + a, a * 3, [0] * 5, [] * 10)
c = a
c += [9]
print(a, c is a)
d = [[0]] * 3
d[0].append(1)
print(d)
