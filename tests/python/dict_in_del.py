d = {"a": 1, "b": 2, "c": 3}
print("a" in d, "z" in d, "b" not in d, 1 in d)
del d["b"]
print(d, len(d))
