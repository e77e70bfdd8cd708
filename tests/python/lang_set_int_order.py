print({5, 1, 3}, {100, 7, 64, 33}, set(range(10, 0, -1)), {-1, -2, 0}, {2**40, 1}, {8, 16, 24, 32})
print(frozenset([9, 3, 6]), {True, 2, 0}, sorted({"b", "a"}))
s = set(range(20)); s.discard(5); s.add(100); print(s)
print({1.5, 1, 2.0})
