d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update(d=4)
print(d)
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.popitem(), d)
e = d.copy()
e["new"] = 1
print(d, e)
d.clear()
print(d)
