# expect: exception RecursionError
# cpython: same
print(eval("1" + "+1" * 100000))
