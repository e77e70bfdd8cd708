# expect: exception RecursionError
# cpython: same
a = []
a.append(a)
b = []
b.append(b)
a == b
