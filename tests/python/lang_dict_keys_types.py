d = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset({1}): "fs", b"b": "bytes"}
print(d, len(d), d[1.0], d[(1, 2)], d[frozenset([1])])
try:
    d[[1]] = 1
except TypeError as e:
    print(e)
try:
    {}[{1}]
except TypeError as e:
    print(e)
try:
    print(d["missing"])
except KeyError as e:
    print(repr(e), str(e))
