# expect: exception TypeError
# cpython: same
int.evil = [1, 2, 3]
