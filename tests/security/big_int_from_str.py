# expect: exception ValueError
# cpython: same
int('1' * 5000)
