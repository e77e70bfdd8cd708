class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
print(list(Count(3)), sum(Count(4)), sorted(Count(3), reverse=True))
c = Count(2); print(next(c), next(c), next(c, "end"))
try: next(c)
except StopIteration as e: print("StopIteration", e.args)
class Coll:
    def __iter__(self): yield from ("a", "b")
print(list(Coll()), "-".join(Coll()), dict.fromkeys(Coll()))
it = iter(Coll()); print(type(it).__name__, next(it))
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print("TypeError:", e)
try:
    for x in BadIter(): pass
except TypeError as e: print("TypeError:", e)
class NoNext:
    def __iter__(self): return self
try: iter(NoNext())
except TypeError as e: print("TypeError:", e)
try: next(Coll())
except TypeError as e: print("TypeError:", e)
try: iter(5)
except TypeError as e: print("TypeError:", e)
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class SeqLen:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(SeqLen())))
calls = iter([1, 2, 3, 4]).__next__
print(list(iter(calls, 3)))
print(list(zip(Count(3), Coll())), list(enumerate(Count(2), 5)), list(map(str, Count(2))))
