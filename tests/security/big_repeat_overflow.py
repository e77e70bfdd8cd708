# expect: exception OverflowError
# cpython: same
'a' * (2 ** 100)
