first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, b = range(5)
print(a, mid, b)
print([*rest, *"xy"], (*rest,))
