# next() on generators, map/filter/zip/enumerate objects and iterator classes: values, defaults,
# the generator's return value in StopIteration, PEP 479, a running generator, exceptions.
def g():
    yield 1
    yield 2
    return "ret"

it = g()
print(next(it), next(it, "d"))
try:
    next(it)
except StopIteration as e:
    print("stop", repr(e.value), e.args)
print(next(it, "after"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("stop again", e.args)
print(next((x for x in []), "empty"))

def leaky():
    yield 1
    raise StopIteration("inner")
it = leaky()
next(it)
try:
    next(it, "default is not used")
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def selfnext():
    yield next(me)
me = selfnext()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def raiser():
    yield 1
    raise KeyError("k")
r = raiser()
print(next(r))
try:
    next(r, 0)
except KeyError as e:
    print(type(e).__name__, e)
print(next(r, "finished"))

m = map(lambda x: 10 // x, [5, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(m), next(m, "end"))
print(next(filter(lambda x: x > 1, g()), None), next(zip(g(), "ab")), next(enumerate(g(), 5)))
print(next(filter(None, [0, 0]), "none true"))
def stopper(x):
    raise StopIteration("from map fn")
try:
    next(map(stopper, [1]))
except StopIteration as e:
    print("map stop", type(e).__name__)

class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("iter called")
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Count(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print("class stop", e.args)
for call in (lambda: next(5), lambda: next([1]), lambda: next(), lambda: next(g(), 1, 2),
             lambda: next(it=g())):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
