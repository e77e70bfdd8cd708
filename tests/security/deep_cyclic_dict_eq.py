# expect: exception RecursionError
# cpython: same
a = {}
a[1] = a
b = {}
b[1] = b
a == b
