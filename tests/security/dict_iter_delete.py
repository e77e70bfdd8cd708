# expect: exception RuntimeError
# cpython: same
d = {1: 1, 2: 2, 3: 3}
for k in d:
    del d[k]
