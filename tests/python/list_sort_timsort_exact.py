# gc-stress: every 31
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# list.sort is CPython's timsort step for step: same results for inconsistent orders (NaN), same
# comparisons in the same order (logged by __lt__), on random, partly sorted and run-structured data.
import random
rng = random.Random(12345)
log = []
class C:
    __slots__ = ("v", "i")
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, other):
        log.append((self.i, other.i))
        return self.v < other.v
def digest(xs):
    h = 0
    for x in xs:
        for ch in repr(x):
            h = (h * 1000003 + ord(ch)) % (2**61 - 1)
        h = (h * 31 + 7) % (2**61 - 1)
    return h
out = []
nan = float("nan")
for trial in range(150):
    n = rng.choice([0, 1, 2, 3, 5, 8, 31, 32, 33, 63, 64, 65, 100, 127, 200, 257, 500, 1000, 2100])
    mode = rng.randrange(6)
    if mode == 0:
        data = [rng.randrange(50) for _ in range(n)]
    elif mode == 1:
        data = [rng.random() if rng.random() > 0.1 else nan for _ in range(n)]
    elif mode == 2:
        base = sorted(rng.randrange(1000) for _ in range(n))
        for _ in range(n // 10):
            i = rng.randrange(max(n, 1)); j = rng.randrange(max(n, 1))
            if n: base[i], base[j] = base[j], base[i]
        data = base if rng.random() < 0.5 else base[::-1]
    elif mode == 3:
        data = [(rng.randrange(5), rng.choice("abcde"), rng.random()) for _ in range(n)]
    elif mode == 4:
        runs = []
        while len(runs) < n:
            k = rng.randrange(1, 40)
            start = rng.randrange(100)
            step = rng.choice([1, -1, 0])
            runs.extend(start + step * t for t in range(k))
        data = runs[:n]
    else:
        data = [str(rng.randrange(300)) for _ in range(n)]
    rev = rng.random() < 0.3
    keyf = rng.choice([None, None, abs if mode in (0, 4) else None, (lambda x: -x) if mode in (0, 2, 4) else None])
    s = sorted(data, key=keyf, reverse=rev)
    out.append(digest(s))
    if mode in (0, 1, 4) and n <= 300:
        log.clear()
        objs = [C(v, i) for i, v in enumerate(data)]
        objs.sort(reverse=rev)
        out.append(digest([o.i for o in objs]))
        out.append(digest([a * 7919 + b for a, b in log]))
print(len(out), digest(out))

# An exception part-way leaves the list in CPython's partly sorted state.
class Boom:
    count = 0
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        Boom.count += 1
        if Boom.count == 40:
            raise RuntimeError("boom")
        return self.v < other.v
    def __repr__(self): return str(self.v)
items = [Boom(rng.randrange(100)) for _ in range(70)]
try:
    items.sort()
except RuntimeError as e:
    print("RuntimeError:", e, items)
Boom.count = 0
items = [Boom(v) for v in range(60, 0, -1)]
try:
    items.sort(reverse=True)
except RuntimeError as e:
    print("RuntimeError:", e, items)
