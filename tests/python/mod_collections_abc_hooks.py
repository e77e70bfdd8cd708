# collections.abc: user __subclasshook__, register() errors, user Mapping/MutableSequence in match,
# the MROs and abstract-method sets of every ABC, Coroutine.close, as CPython 3.11.
from collections.abc import *
import collections.abc as A


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Custom(Iterable):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Custom:
            return hasattr(C, 'quack')
        return NotImplemented
    def __iter__(self): return iter(())


class Duck:
    quack = 1


show(lambda: (issubclass(Duck, Custom), issubclass(int, Custom), isinstance(Duck(), Custom), issubclass(Custom, Iterable)))


class Sub(Custom):
    pass


show(lambda: (issubclass(Duck, Sub), issubclass(Sub, Custom)))
show(lambda: issubclass(1, Iterable))
show(lambda: Sequence.register(3))
show(lambda: (Iterable.register(Duck), issubclass(Duck, Iterable), isinstance(Duck(), Iterable)))


class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


m = MyMap({'a': 1})
show(lambda: (m.keys(), m.items(), m.values()) if False else (list(m.keys()), repr(m.keys())[:9]))
show(lambda: ({**m}, dict(m), m == MyMap({'a': 1}), len(m.keys() & {'a'})))
match m:
    case {'a': v}:
        print('matched', v)


class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)


ml = MyList(); ml.extend('abc')
match ml:
    case [x, y, z]:
        print('seq match', x, y, z)
show(lambda: (list(ml), ml.index('c'), ml.count('a'), 'b' in ml, list(reversed(ml))))
show(lambda: ml.index('a', None))
show(lambda: [c.__name__ for c in (A.AsyncGenerator.__mro__)])
show(lambda: [c.__name__ for c in (A.Generator.__mro__)])
show(lambda: [c.__name__ for c in (A.Coroutine.__mro__)])
show(lambda: [c.__name__ for c in (A.ItemsView.__mro__)])
show(lambda: [c.__name__ for c in (A.ValuesView.__mro__)])
show(lambda: [c.__name__ for c in (A.MutableSet.__mro__)])
show(lambda: [c.__name__ for c in (A.ByteString.__mro__)])
show(lambda: sorted(A.AsyncGenerator.__abstractmethods__))
show(lambda: sorted(A.Coroutine.__abstractmethods__))
show(lambda: sorted(A.ItemsView.__abstractmethods__))
show(lambda: sorted(A.MappingView.__abstractmethods__))
show(lambda: sorted(A.Callable.__abstractmethods__))
show(lambda: sorted(A.AsyncIterator.__abstractmethods__))
show(lambda: sorted(A.Reversible.__abstractmethods__))
show(lambda: sorted(A.Collection.__abstractmethods__))
show(lambda: sorted(A.ByteString.__abstractmethods__))
show(lambda: A.__all__)


class Co(Coroutine):
    def send(self, v): raise StopIteration(v)
    def throw(self, *a): raise GeneratorExit
    def __await__(self): return iter(())


Co().close()
print(isinstance(Co(), Awaitable))
