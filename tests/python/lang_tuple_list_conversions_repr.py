print([1.0, 2.5, 1e20, -0.0], (1.5,), {"k": 0.1}, [None, True, "s", b"b", (1,), [], {}])
print(list((1, 2)), tuple([3]), list(map(str, (1, 2))), str((1, "a")), repr([("a", 1)]))
print([1, 2][::-1], tuple(reversed((1, 2, 3))), list(zip(*[(1, 2), (3, 4)])))
