a, *b, c = range(6); print(a, b, c)
*h, = "xyz"; print(h)
(p, q), r = [1, 2], 3; print(p, q, r)
[s, [t, *u]] = (1, (2, 3, 4)); print(s, t, u)
x = y = [0]; x.append(1); print(y)
i, l = 0, [0, 0]
i, l[i] = 1, 5; print(i, l)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
