print(True + True, True * 10, False - 1, True / 2, True // 1)
print(sum([True, False, True]), True == 1, hash(True) == hash(1))
print(isinstance(True, int), issubclass(bool, int), int(True), str(True))
d = {1: "one"}
d[True] = "true"
print(d)
print(True & False, True | False, True ^ True, ~True, -True)
print(["a", "b"][True])
