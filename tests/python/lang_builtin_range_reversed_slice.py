r = range(10, 0, -3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], 4 in r, 7 in r, r.index(4), r.count(7), range(5) == range(0, 5, 1))
print(list(reversed(range(4))), list(reversed([1, 2])), list(reversed((1, 2))), reversed("ab").__class__.__name__)
s = slice(1, 10, 2); print(s, s.start, s.stop, s.step, [0, 1, 2, 3, 4, 5][s], slice(3), s.indices(5))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    reversed(5)
except TypeError as e:
    print(e)
