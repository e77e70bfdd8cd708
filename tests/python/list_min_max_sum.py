a = [4, -2, 9, 0]
print(min(a), max(a), sum(a), sum(a, 100), sum([]))
print(sum([0.5, 0.25]), max(["b", "abc"]), min([3.5, 2]))
print(len(a))
