# gc-stress: every 37
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# heapq against CPython on random operations: heap lists, max-heap helpers, merge (with reverse), nsmallest/nlargest with keys and ties.
import heapq, random
rng = random.Random(77)
out = []
for t in range(300):
    h = []
    for _ in range(rng.randrange(1, 80)):
        op = rng.randrange(6)
        v = rng.choice([rng.randrange(30), rng.random(), float('nan')]) if t % 3 == 0 else rng.randrange(30)
        if op <= 2 or not h: heapq.heappush(h, v)
        elif op == 3: out.append(heapq.heappop(h))
        elif op == 4: out.append(heapq.heapreplace(h, v))
        else: out.append(heapq.heappushpop(h, v))
    out.append(repr(h))
    d = [rng.randrange(50) for _ in range(rng.randrange(60))]
    heapq.heapify(d); out.append(repr(d))
    d2 = list(d); heapq._heapify_max(d2); out.append(repr(d2))
    if d2: out.append(heapq._heappop_max(d2)); out.append(repr(d2))
    its = [sorted(rng.randrange(20) for _ in range(rng.randrange(8))) for _ in range(rng.randrange(5))]
    out.append(repr(list(heapq.merge(*its))))
    out.append(repr(list(heapq.merge(*[x[::-1] for x in its], reverse=True))))
    pairs = [(rng.randrange(5), i) for i in range(rng.randrange(30))]
    n = rng.randrange(-1, 35)
    out.append(repr(heapq.nsmallest(n, pairs, key=lambda p: p[0])))
    out.append(repr(heapq.nlargest(n, pairs, key=lambda p: p[0])))
    out.append(repr(heapq.nsmallest(n, [p[0] for p in pairs])))
print(len(out), sum(len(str(x)) * (i + 1) for i, x in enumerate(out)) % 1000000007, repr(out[-3:])[:200])
