# expect: exception IndexError
# cpython: same
'abc'[10 ** 100]
