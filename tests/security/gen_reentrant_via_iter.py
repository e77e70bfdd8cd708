# expect: exception ValueError
# cpython: same
def g():
    for x in it:
        yield x
it = g()
list(it)
