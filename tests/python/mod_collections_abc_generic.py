# Subscripted container classes (Sequence[int], Callable[[int], str], deque[int], ...): repr,
# __origin__/__args__, equality, calls, use as a base class and in annotations, errors, as CPython 3.11.
from collections.abc import Callable, Sequence, Mapping, Iterable, Hashable, Sized, KeysView, Set
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap, UserDict, UserList, UserString


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def show_type(f):  # Moat's message for a non-class isinstance() argument differs
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


print(Sequence[int], Mapping[str, 'X'], Callable[[int, str], None], Callable[..., int], deque[list[int]],
      Sequence[Sequence[int]], Iterable[tuple[int, str]], KeysView[str], Set[int])
print(Sequence[int].__origin__, Sequence[int].__args__, Callable[[int], str].__args__, Sequence[int].__parameters__,
      Callable[..., int].__args__, Callable[[int], str].__origin__)
print(Sequence[int] == Sequence[int], Sequence[int] == Sequence[str], hash(Sequence[int]) == hash(Sequence[int]),
      deque[int]([1]), Sequence[()], Mapping[str, list[int]], Sequence['int'], Sequence[None], Sequence[3])
for t in (deque, OrderedDict, defaultdict, Counter, ChainMap, UserDict, UserList, UserString):
    print(t[int], t[int].__origin__ is t)


class X(Sequence[int]):
    def __getitem__(s, i): raise IndexError
    def __len__(s): return 0


print(X.__bases__, isinstance(X(), Sequence), list(X()))
show_type(lambda: isinstance([], Sequence[int]))
show_type(lambda: issubclass(list, Sequence[int]))
show(lambda: Callable[int])
show(lambda: Callable[int, str])
show(lambda: Hashable[int])
show(lambda: Sized[int])


def annotated(x: Iterable[int], y: Callable[[int], str] = str) -> Mapping[str, int]:
    return {y(v): v for v in x}


print(annotated([1, 2]), annotated.__annotations__['x'], annotated.__annotations__['return'])
print(deque('ab', True), deque('abc', True).maxlen)
