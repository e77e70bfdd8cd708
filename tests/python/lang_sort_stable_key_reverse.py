data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 0, 1: 0}))
l = ["bb", "a", "ccc", "dd"]; l.sort(key=len); print(l); l.sort(key=len, reverse=True); print(l)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(e)
