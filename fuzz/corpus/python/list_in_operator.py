a = [1, "two", 3.0, [4]]
print(1 in a, "two" in a, 3 in a, [4] in a, 5 in a, "t" in a, 2 not in a)
