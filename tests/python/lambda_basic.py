sq = lambda x: x * x
print(sq(7), (lambda a, b=2: a + b)(1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(max([3, 1], key=lambda v: -v))
