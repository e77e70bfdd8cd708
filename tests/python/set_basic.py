s = {3, 1, 2}
s.add(2)
s.add(5)
print(sorted(s), len(s), 3 in s)
print(sorted({1, 2} | {2, 3}), sorted({1, 2} & {2, 3}), sorted({1, 2} - {2}))
print(frozenset([1]) == {1})
