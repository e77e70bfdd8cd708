d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("b", 5), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d, d.copy())
try:
    d.pop("nope")
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
d.clear(); print(d)
class M(dict):
    def __missing__(self, k):
        return k * 2
print(M()["ab"])
