# expect: exception ValueError
# cpython: same
def g():
    it.send(None)
    yield 1
it = g()
next(it)
