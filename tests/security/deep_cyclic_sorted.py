# expect: exception RecursionError
# cpython: same
a = [0]
a[0] = a
b = [0]
b[0] = b
sorted([a, b])
