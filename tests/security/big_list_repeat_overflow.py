# expect: exception OverflowError
# cpython: same
[0] * (2 ** 100)
