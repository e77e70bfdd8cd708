x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 > 0, "a" < "b" != "c")
print(not 1 < 0, x if x > 3 else -x, [1, 2] if None else ())
print(1 if 0 else 2 if 0 else 3)
