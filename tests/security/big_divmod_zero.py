# expect: exception ZeroDivisionError
# cpython: same
divmod(10 ** 100, 0)
