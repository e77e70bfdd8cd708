for v in (1, 1.5, "s", True, None, [1], (1,), {"a": 1}, range(2)):
    print(type(v), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", str))
print(isinstance([], (tuple, list)), isinstance(None, type(None)))
print(type(1) == int, type("a") is str)
