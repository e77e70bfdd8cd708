class OnlyIter:
    def __iter__(self): return iter([1, 2, 3])
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
class NoIter:
    __iter__ = None
print(2 in OnlyIter(), 5 in OnlyIter(), 1 in OnlyGetitem(), 9 in OnlyGetitem())
try:
    iter(NoIter())
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
