t = (1, "a", 2.5)
print(t, len(t), t[0], t[-1], t[1:])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"))
print(t + (None,), (0,) * 3)
u = 1, 2
print(u, type(u))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0))
