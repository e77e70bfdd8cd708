# expect: output -2 -2 2
# cpython: same
print(hash(-1), hash(-2), len({-1: 0, -2: 0}))
