class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), next(iter([]), "dflt"), next(Count(0), None))
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "end"))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
print(list(Seq()), 4 in Seq())
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
calls = iter([1, 2, 0, 3]).__next__
print(list(iter(calls, 0)))
