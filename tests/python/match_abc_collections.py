# Sequence and mapping patterns accept collections.deque and classes derived from (or registered
# with) collections.abc.Sequence / Mapping, as CPython's Py_TPFLAGS_SEQUENCE / MAPPING do.
import collections.abc
from collections import deque, UserList, UserDict, ChainMap

for v in [deque([4, 5]), UserList([1, 2]), UserDict(a=1), ChainMap({"a": 1})]:
    match v:
        case [a, b]:
            print("sequence", a, b)
        case {"a": a}:
            print("mapping", a)
        case _:
            print("neither", type(v).__name__)

class MySeq(collections.abc.Sequence):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
match MySeq():
    case [a, b, c]:
        print("MySeq", a, b, c)

class M(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
    def get(self, k, default=None):
        print("get", repr(k))
        return self.d.get(k, default)
match M({"q": 1, "r": 2}):
    case {"q": q, **rest}:
        print("M", q, rest)

class Registered:
    def __len__(self):
        return 1
    def __getitem__(self, i):
        if i:
            raise IndexError(i)
        return "only"
collections.abc.Sequence.register(Registered)
match Registered():
    case [x]:
        print("registered", x)
