print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted("cba", key=lambda c: c, reverse=False))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([-1, 1, -2], key=abs), sorted([[2], [1, 5], [1]]))
print(sorted(map(str.lower, ["B", "a"])), sorted(range(5), key=lambda v: v % 2))
try:
    sorted([1], bad=1)
except TypeError as e:
    print(e)
