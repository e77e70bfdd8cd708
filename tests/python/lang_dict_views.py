d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), i & {("a", 1)})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
del d["a"]
print(list(k), list(v))
print(d.keys() == {"b", "c", "d"}, list(d))
