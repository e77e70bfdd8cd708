# Edge cases of list and dict operations.
a = [3, 1, 2]
b = a
a += [4]
print(a is b, b)
a = a + [5]
print(a is b, b, a)
print([1, 2, 3][::-1], [1, 2, 3][5:], [1, 2, 3][-5:2], [[0] * 2] * 2)
d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d), sorted(d), len(d), "a" in d, 2 in d)
print(d.pop("zz", "dflt"), d.get("zz"), d.setdefault("a", 9), d)
print({1: "int", 1.0: "float", True: "bool"})
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"]), sorted(["b", "A", "a"], key=str.lower))
