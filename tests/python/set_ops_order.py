# Set algebra, iteration order of int sets (deterministic in CPython), errors.
s = set()
for x in [5, 3, 17, 33, 1, 9, 64, -1, -2]:
    s.add(x)
print(s, len(s))
s.discard(17); s.remove(33)
s.add(49); s.add(81)
print(s)
a = set(range(0, 20, 3)); b = set(range(0, 20, 4))
print(a | b, a & b, a - b, a ^ b)
print(a.union([100, 200]), a.intersection(b, [0, 12]), a.difference(b, {3}), a.symmetric_difference(range(5)))
c = a.copy(); c |= b; c -= {0}; c &= set(range(1, 19)); c ^= {1, 2}; print(c)
print(a <= (a | b), a < a, a == frozenset(a), frozenset({1, 2}) | {3}, {3} | frozenset({1, 2}))
print(sorted({x % 7 for x in range(50)}), {*range(3), *[10, 11]})
print(hash(frozenset({1, 2, 3})), hash(frozenset()))
t = {0, 8, 16}; t.remove(0); t.remove(8); t.add(24); t.add(32); print(t)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    for v in s:
        s.add(v + 1000)
except RuntimeError as e:
    print("RuntimeError", e)
print({1} in {frozenset({1})}, set("abc") == set("cba"), bool(set()), repr(set()), repr(frozenset()))
