# collections.abc: isinstance/issubclass for builtin types, structural one-method protocols,
# register(), abstract-method errors, as CPython 3.11.
import collections.abc as A
from collections import abc, deque, OrderedDict, defaultdict, Counter, ChainMap, UserDict, UserList, UserString

names = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container', 'Callable',
         'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'Sequence', 'MutableSequence',
         'ByteString', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Awaitable', 'Coroutine',
         'AsyncIterable', 'AsyncIterator', 'AsyncGenerator']


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


co = coro()
values = [1, 1.5, 'ab', b'ab', bytearray(b'x'), [1], (1,), {1: 2}, {1}, frozenset(), range(3), None, len,
          lambda: 0, gen(), iter([1]), iter((1,)), iter('ab'), iter({1: 2}), {1: 2}.keys(), {1: 2}.values(),
          {1: 2}.items(), reversed([1]), deque([1]), OrderedDict(), defaultdict(int), Counter(), ChainMap(),
          UserDict(), UserList(), UserString('s'), type, object(), memoryview(b'') if False else 0, co, agen(),
          enumerate([]), zip(), map(len, []), filter(None, [])]
for i, v in enumerate(values):
    print(i, ''.join('1' if isinstance(v, getattr(A, n)) else '.' for n in names))
co.close()
for t in [int, str, list, dict, set, tuple, type, object, bytes, frozenset, deque, OrderedDict, Counter, ChainMap,
          UserDict, UserList, UserString]:
    print(t.__name__, ''.join('1' if issubclass(t, getattr(A, n)) else '.' for n in names))


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class OnlyLen:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


class NoIter(list):
    __iter__ = None


class Coll:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False


for c in (It, OnlyLen, NoHash, NoIter, Coll):
    print(c.__name__, ''.join('1' if issubclass(c, getattr(A, n)) else '.' for n in names))


class Seqish:
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0


print(issubclass(Seqish, A.Sequence), A.Sequence.register(Seqish) is Seqish, issubclass(Seqish, A.Sequence),
      isinstance(Seqish(), A.Collection), isinstance(Seqish(), A.Reversible), issubclass(Seqish, A.MutableSequence))
match Seqish():
    case []:
        print('empty sequence match')


class Mapish:
    def __getitem__(self, k): raise KeyError(k)
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def get(self, k, d=None): return d


A.Mapping.register(Mapish)
print(isinstance(Mapish(), A.Mapping), isinstance(Mapish(), A.MutableMapping), issubclass(Mapish, A.Sized))
match Mapish():
    case {}:
        print('mapping match')
for cls in (A.Sequence, A.Mapping, A.Set, A.MutableSet, A.MutableMapping, A.MutableSequence, A.Iterator, A.Hashable,
            A.Sized, A.Generator, A.Iterable):
    try:
        class Bad(cls):
            pass
        Bad()
        print('ok', cls.__name__)
    except TypeError as e:
        print(cls.__name__, e)
print(sorted(A.Sequence.__abstractmethods__), sorted(A.MutableMapping.__abstractmethods__),
      sorted(A.Generator.__abstractmethods__), sorted(A.MutableSet.__abstractmethods__), A.Hashable.__abstractmethods__)
print(A.Iterator.__mro__ == (A.Iterator, A.Iterable, object), [c.__name__ for c in A.Sequence.__mro__],
      [c.__name__ for c in A.MutableMapping.__mro__], [c.__name__ for c in A.KeysView.__mro__])
print(A.Sequence.__module__, repr(A.Mapping), abc is A, A.Set.__name__)
print(isinstance(iter(It()), A.Iterator), isinstance(It(), A.Iterable), A.Hashable.__subclasshook__(int),
      A.Iterable.__subclasshook__(It), A.Iterable.__subclasshook__(int), A.Sized.__subclasshook__(list))
