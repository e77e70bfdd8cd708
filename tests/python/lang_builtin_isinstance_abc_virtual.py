from collections.abc import Iterable, Mapping, Sequence, Callable, Hashable
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance("s", Sequence), isinstance(len, Callable), isinstance([], Hashable), isinstance(1, Hashable))
class It:
    def __iter__(self): return iter([])
print(isinstance(It(), Iterable), issubclass(dict, Mapping), issubclass(list, Mapping))
