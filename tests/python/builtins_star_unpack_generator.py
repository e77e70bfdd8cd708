# Star-unpacking a generator or a map object into a call and into displays; dict()/set()/tuple()
# of generators: the items, their order and the errors are CPython's.
def f(*args, **kw):
    return args, kw

def gen(n):
    for i in range(n):
        yield i * 10

print(f(*gen(3)))
print(f(1, *gen(2), 2, *map(lambda x: -x, gen(2))))
print(f(*gen(2), k=1), f(*(x for x in "ab"), **{"z": 0}))
print([*gen(3), *map(str, gen(2))], (*gen(2),), {*gen(2)} == {0, 10})
print(dict((str(x), x) for x in gen(3)), tuple(x for x in gen(2)), frozenset(gen(1)))
print(sum(x for x in gen(4)), "-".join(str(x) for x in gen(3)))

def bad():
    yield 1
    raise RuntimeError("no more")

for call in (lambda: f(*bad()), lambda: [0, *bad()], lambda: dict((x, x) for x in bad()),
             lambda: dict(x for x in [(1, 2), 3])):
    try:
        print(call())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)

def gen_fn_raises_stop():
    yield 1
    raise StopIteration
try:
    print(f(*gen_fn_raises_stop()))
except RuntimeError as e:
    print(type(e).__name__, e)
