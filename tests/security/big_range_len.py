# expect: exception OverflowError
# cpython: same
len(range(2 ** 100))
