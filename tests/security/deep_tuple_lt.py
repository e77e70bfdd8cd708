# expect: exception RecursionError
# cpython: same
a = (1,)
b = (2,)
for i in range(100000):
    a = (a,)
    b = (b,)
a < b
