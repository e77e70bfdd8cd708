print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 5])
print((1, "a") < (1, "b"), {"a": 1} == {"a": 1.0}, {1, 2} == frozenset({1, 2}), [1] == (1,))
print([[1, 2], [1]] > [[1, 2]], [1, [2, 3]] == [1, [2, 3]])
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
