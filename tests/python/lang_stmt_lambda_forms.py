f = lambda: 1
g = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
print(f(), g(1), g(1, 2, 3, k=4, z=5), (lambda *a: a)(1, 2), (lambda x: lambda y: x + y)(1)(2))
print(f.__name__, sorted([3, 1, 2], key=lambda v: -v), list(map(lambda s: s.upper(), "ab")))
fs = [lambda i=i: i for i in range(3)]; print([h() for h in fs])
fs2 = [lambda: i for i in range(3)]; print([h() for h in fs2])
