# collections.abc: structural and registered isinstance checks, Mapping mixins
import collections.abc as cabc
from collections.abc import Iterable, Mapping, Sequence, Callable, Hashable, MutableMapping, Sized, Iterator
import collections
print(isinstance([1], Iterable), isinstance(5, Iterable), isinstance({}, Mapping), isinstance([], Sequence), isinstance("s", Sequence))
print(isinstance(len, Callable), isinstance(1, Callable), isinstance(1, Hashable), isinstance([], Hashable), isinstance({}, MutableMapping))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), issubclass(list, Sized), issubclass(dict, Iterable), isinstance((), Sequence), isinstance(set(), Sequence))
class G:
    def __iter__(self): return iter([])
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({'a': 1})
print(isinstance(G(), Iterable), isinstance(m, Mapping), m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), dict(m))
print(collections.abc is cabc, isinstance(collections.deque(), Sequence) or True)
try:
    class M2(Mapping):
        pass
    M2()
except TypeError as e:
    print("TypeError", str(e)[:40])
