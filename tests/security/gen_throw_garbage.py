# expect: exception TypeError
# cpython: same
def g():
    yield 1
it = g()
next(it)
it.throw(42)
