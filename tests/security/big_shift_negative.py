# expect: exception ValueError
# cpython: same
1 << -1
