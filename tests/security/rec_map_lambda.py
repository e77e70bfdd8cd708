# expect: exception RecursionError
# cpython: same
f = lambda x: list(map(f, [x]))
f(1)
