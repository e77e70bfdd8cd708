# expect: exception ValueError
# cpython: same
int('10', 99)
