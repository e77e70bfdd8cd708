# expect: exception ValueError
# cpython: same
str(10 ** 5000)
