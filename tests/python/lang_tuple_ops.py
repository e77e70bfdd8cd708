t = (1, 2, 3, 2)
print(t, t[1:], t[::-1], t + (4,), t * 2, t.count(2), t.index(3), len(t), (1,), ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), tuple("ab"), tuple(range(3)))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)])
a, *b = t; print(a, b)
try:
    t[0] = 5
except TypeError as e:
    print(e)
