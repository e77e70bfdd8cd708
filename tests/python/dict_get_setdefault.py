d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 5), d.setdefault("b", 7), d.setdefault("c"))
print(d)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
