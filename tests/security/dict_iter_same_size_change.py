# expect: exception RuntimeError
# cpython: same
d = {1: 1, 2: 2}
for k in d:
    del d[k]
    d[k + 10] = 1
