# expect: exception OverflowError
# cpython: same
float(10 ** 400)
