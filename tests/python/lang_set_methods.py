s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(s)
print(s.union([7], (8,)), s.intersection(range(3)), s.difference([2]), s.symmetric_difference([2, 99]))
print(s.issubset(range(10)), s.issuperset([2]), s.copy() == s)
s.update([5], [6]); s.intersection_update(range(1, 6)); s.difference_update([2]); s.symmetric_difference_update([3, 8]); print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print(repr(e))
p = {10}.pop(); print(p)
try:
    set().pop()
except KeyError as e:
    print(e)
f = frozenset([1, 2, 2]); print(f, len(f), hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset({1, 2})])
print(set(), frozenset(), set("aba") == {"a", "b"})
