# expect: exception RuntimeError
# cpython: same
def g():
    raise StopIteration
    yield
next(g())
