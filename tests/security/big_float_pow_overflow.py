# expect: exception OverflowError
# cpython: same
10.0 ** 400
