a, b = [1, 2], (3, 4)
print([*a, *b], (*a, 0), {*a, *b} == {1, 2, 3, 4}, {**{"x": 1}, "y": 2, **{"x": 3}})
print(*a, *"xy", sep=",")
first, *_ = *b, *a
print(first, [*range(3), *"ab"], dict(**{"a": 1}, b=2))
