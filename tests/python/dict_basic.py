d = {"a": 1, "b": 2}
print(d, len(d), d["a"])
d["c"] = 3
d["a"] = 10
print(d)
print({}, dict(), dict(x=1, y=2), dict([("k", "v")]))
print({1: "int", 2.5: "float", "s": "str", None: "none", (1, 2): "tuple"})
