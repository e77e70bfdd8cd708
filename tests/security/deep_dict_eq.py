# expect: exception RecursionError
# cpython: same
a = {}
b = {}
for i in range(20000):
    a = {1: a}
    b = {1: b}
a == b
