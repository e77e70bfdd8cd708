print(1, 2.0, "s", True, None, [1, "a"], (1,), {"k": [1.5]}, range(3))
print([1.0, -0.5, 1e100], (None, True), {1: (2, 3)})
print(print)
print(len)
