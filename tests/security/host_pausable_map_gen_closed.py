# expect: output 0 0
# expect: output closed
# expect: output ValueError generator already executing
# expect: output StopIteration
# expect: output [((0, 'a'), 'x'), ((1, 'b'), 'y')] []
# echo-host: echo
# map/zip/enumerate over generators run the generators inline (vm.c, "pausable builtins"): the
# generator closed by the function map calls, a generator driving a map over itself, a map whose
# iterator is exhausted from inside its own function.
def gen():
    try:
        for i in range(5):
            yield echo(i)
    finally:
        print("closed")
g = gen()
def f(x):
    return x
for v in map(f, g):
    print(v, echo(v))
    g.close()
print(list(map(f, g)) or "", end="")
def selfish():
    yield from map(lambda x: next(it), [1])
it = selfish()
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e)
src = iter([1, 2])
m = map(lambda x: [v for v in src] and x, src)
try:
    print(next(m), next(m))
except StopIteration:
    print("StopIteration")
z = (c for c in "ab")
e = enumerate(z)
print(list(zip(e, (echo(c) for c in "xy"))), [v for v in e])
