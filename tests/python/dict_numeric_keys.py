d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[2.5] = "x"
print(d[2.5], 1.0 in d, 0 in d)
d[10 ** 30] = "big"
print(d[10 ** 30])
