# expect: exception RuntimeError
# cpython: same
d = {i: i for i in range(10)}
for v in d.values():
    d[v + 100] = 1
