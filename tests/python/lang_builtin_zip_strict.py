print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip("a")), list(zip([1, 2], "xy", (True, False))))
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", "cd", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("ab", "cd", "e", strict=True))
except ValueError as e:
    print(e)
