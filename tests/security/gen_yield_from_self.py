# expect: exception ValueError
# cpython: same
def g():
    yield from it
it = g()
next(it)
