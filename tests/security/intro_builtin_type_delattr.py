# expect: exception TypeError
# cpython: same
del str.upper
