# expect: exception ValueError
# cpython: same
[1, 2, 3][::0]
