# heapq: the heap lists left by heappush/heappop/heapify/heapreplace/heappushpop are exactly
# CPython's, on random operations; merge/nsmallest/nlargest with key, reverse, ties and edge sizes.
import heapq, random
rng = random.Random(2024)
def check(label, value):
    print(label, value)
for trial in range(60):
    h = []
    ops = []
    for step in range(rng.randrange(1, 60)):
        op = rng.randrange(5)
        if op <= 1 or not h:
            heapq.heappush(h, rng.randrange(20))
        elif op == 2:
            ops.append(heapq.heappop(h))
        elif op == 3:
            ops.append(heapq.heapreplace(h, rng.randrange(20)))
        else:
            ops.append(heapq.heappushpop(h, rng.randrange(20)))
    if trial % 10 == 0:
        check("heap", h)
    data = [rng.randrange(100) for _ in range(rng.randrange(0, 40))]
    heapq.heapify(data)
    if trial % 10 == 1:
        check("heapify", data)
    ops.append(tuple(data))
print("ops", len(ops), ops[:12])
# Ties keep insertion order through (priority, counter, item) and heap positions of equal keys.
class P:
    def __init__(self, p, name): self.p = p; self.name = name
    def __lt__(self, other): return self.p < other.p
    def __repr__(self): return f"{self.name}{self.p}"
h = []
for i, p in enumerate([3, 1, 3, 2, 1, 3, 2]):
    heapq.heappush(h, P(p, "abcdefg"[i]))
print(h, [heapq.heappop(h) for _ in range(len(h))])
x = [P(p, "abcdefgh"[i]) for i, p in enumerate([2, 2, 1, 1, 3, 3, 1, 2])]
heapq.heapify(x)
print(x)
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(["a1", "b2"], ["A3", "B4"], key=str.lower)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge([(1, "x"), (2, "y")], [(1, "z")], key=lambda t: t[0])))
print(list(heapq.merge([P(1, "a"), P(2, "b")], [P(1, "c"), P(2, "d")])))
words = "the quick brown fox jumps over the lazy dog again and again".split()
for n in (-1, 0, 1, 2, 5, 12, 20):
    print(n, heapq.nsmallest(n, words), heapq.nlargest(n, words), heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
print(heapq.nlargest(3, iter([5, 1, 5, 3, 5])), heapq.nsmallest(2, (x for x in [4, 4, 2, 2])), heapq.nlargest(1, [], key=abs))
print(heapq.nsmallest(3, [P(2, "a"), P(1, "b"), P(1, "c"), P(2, "d")]), heapq.nlargest(3, [P(2, "a"), P(1, "b"), P(1, "c"), P(2, "d")]))
for bad in ("heapq.heappop([])", "heapq.heapreplace([], 1)", "heapq.heappush((), 1)", "heapq.heapify(5)", "heapq.heappop(5)",
            "heapq.heappush([])", "heapq.heappushpop([], 1)", "heapq.heapify([1, 'a', 2, 'b'])", "heapq.nsmallest(2, 5)"):
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
