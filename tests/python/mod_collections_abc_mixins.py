# collections.abc mixin methods: what Sequence, MutableSequence, Mapping, MutableMapping, Set and
# MutableSet give a subclass that defines only the abstract methods, as CPython 3.11.
from collections.abc import (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, KeysView,
                             ItemsView, ValuesView, Iterator, Generator, Hashable, Iterable)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Seq(Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)


s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.index(2), s.index(2, 2), s.index(2, -1), s.index(1, -10), s.count(2))
show(lambda: s.index(9))
show(lambda: s.index(3, 0, 2))
show(lambda: s.index(1, 1))
print(list(iter(s)), len(s), bool(Seq()), s == Seq(1, 2, 3, 2), Seq.__hash__ is object.__hash__)
nan = float('nan'); print(nan in Seq(nan), Seq(nan).count(nan), Seq(nan).index(nan))


class MSeq(MutableSequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __len__(self): return len(self.items)
    def insert(self, i, v): self.items.insert(i, v)
    def __repr__(self): return 'MSeq%r' % (self.items,)


m = MSeq(1, 2)
m.append(3); m.extend([4, 5]); m.extend(m); print(m)
print(m.pop(), m.pop(0), m); m.remove(4); print(m); m.reverse(); print(m)
m += [7]; print(m); m += m; print(m)
show(lambda: m.remove(99))
m.clear(); print(m)
show(lambda: m.pop())
odd = MSeq(1, 2, 3); odd.reverse(); print(odd)


class Map(Mapping):
    def __init__(self, **kw): self.d = dict(kw)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


mp = Map(a=1, b=2)
print(mp.get('a'), mp.get('z'), mp.get('z', 5), 'a' in mp, 'z' in mp, list(mp.keys()), list(mp.values()), list(mp.items()))
print(mp == {'a': 1, 'b': 2}, mp == Map(b=2, a=1), mp != {'a': 1}, mp == [1], mp.__reversed__, Map.__hash__)
print(type(mp.keys()).__name__, type(mp.items()).__name__, len(mp.values()), ('a', 1) in mp.items(), ('a', 2) in mp.items(), 2 in mp.values())
print(mp.keys() & {'a', 'q'}, mp.keys() | {'q'} == {'a', 'b', 'q'}, mp.keys() - {'a'}, mp.keys() ^ {'a', 'c'} == {'b', 'c'},
      mp.keys() == {'a', 'b'}, mp.keys() < {'a', 'b', 'c'}, mp.items() & {('a', 1)}, mp.keys().isdisjoint(['x']))
print(sorted(mp.items() | {('q', 0)}), type(mp.keys() & {'a'}).__name__, repr(mp.values())[:11], list(reversed(list(mp.keys()))))


class MMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return 'MMap%r' % (self.d,)


mm = MMap()
mm.update({'a': 1}, b=2); mm.update([('c', 3)]); mm.update(Map(d=4)); print(mm)


class KeysOnly:
    def keys(self): return ['k']
    def __getitem__(self, k): return k.upper()


mm.update(KeysOnly()); print(mm)
print(mm.pop('a'), mm.pop('zz', None), mm.setdefault('b', 0), mm.setdefault('new', 'n'), mm.popitem(), mm)
show(lambda: mm.pop('zz'))
mm.clear(); print(mm, len(mm))
show(lambda: mm.popitem())
show(lambda: mm.update({}, {}))
show(lambda: mm.update(1))


class S(Set):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return 'S%r' % (self.items,)


a = S([1, 2, 3]); b = S([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, b - a, a & [3, 9], [3, 9] & a if False else '', a | [5])
show(lambda: [5] | a)
show(lambda: {2} - a)
show(lambda: a & 5)
show(lambda: a - 5)
print(a == S([3, 2, 1]), a != b, a <= S([1, 2, 3, 4]), a < a, a >= S([1]), a > S([1, 2, 3]), a == {1, 2, 3}, a == [1, 2, 3])
print(a <= {1, 2, 3}, {1, 2, 3} >= a, a.isdisjoint([7]), a.isdisjoint(b), S.__hash__)
show(lambda: a < [1])
print(S([1, 2])._hash() == S([2, 1])._hash(), isinstance(S._hash(S([1])), int))


class MS(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
    def __repr__(self): return 'MS%r' % (sorted(self.s),)


ms = MS([1, 2, 3])
ms.remove(1); print(ms); show(lambda: ms.remove(1))
print(ms.pop(), ms)
ms |= {5, 6}; print(ms); ms &= {5, 6, 7}; print(ms); ms ^= {6, 8}; print(ms); ms -= {8}; print(ms)
ms ^= ms; print(ms); ms |= [1, 2]; ms -= ms; print(ms)
ms.clear(); print(ms); show(lambda: ms.pop())
print(type(ms | {1}).__name__, ms | {1})


class Gen(Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        raise typ


g = Gen(); print(next(g), list(g)); Gen().close()


class It(Iterator):
    def __next__(self): raise StopIteration


it = It(); print(iter(it) is it, list(it))
print(KeysView({'a': 1}), ItemsView({'a': 1}), ValuesView({'a': 1}), list(ItemsView({'a': 1})), len(KeysView({})))
