# expect: exception RecursionError
# cpython: same
def f():
    exec("f()")
f()
