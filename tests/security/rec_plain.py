# expect: exception RecursionError
# cpython: same
def f():
    return f()
f()
