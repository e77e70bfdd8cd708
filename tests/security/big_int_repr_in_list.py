# expect: exception ValueError
# cpython: same
repr([10 ** 5000])
