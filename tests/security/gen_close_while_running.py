# expect: exception ValueError
# cpython: same
def g():
    it.close()
    yield 1
it = g()
next(it)
