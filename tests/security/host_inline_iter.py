# expect: output iter
# expect: output 0 1 2
# expect: output iter
# expect: output [0, 1]
# expect: output iter
# expect: output [0, 1, 2, 3]
# echo-host: page
# Host calls inside __iter__ and __next__ driven by for loops and comprehensions; a
# StopIteration raised by __next__ ends the loop as before.
class Pages:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        print(page("iter"))
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return page(self.i - 1)
out = []
for p in Pages(3):
    out.append(str(p))
print(" ".join(out))
print([p for p in Pages(2)])
def g():
    yield from Pages(4)
print([x for x in g()])
