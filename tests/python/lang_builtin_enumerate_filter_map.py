print(list(enumerate("ab")), list(enumerate("ab", start=5)), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x % 2, range(6))))
print(list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))), list(map(lambda a, b: a + b, "ab", "xyz")))
m = map(int, ["1", "2"]); print(next(m), list(m), list(m))
