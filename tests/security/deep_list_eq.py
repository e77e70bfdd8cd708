# expect: exception RecursionError
# cpython: same
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
a == b
