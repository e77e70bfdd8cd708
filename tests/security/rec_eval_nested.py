# expect: exception RecursionError
# cpython: same
s = "eval(s)"
eval(s)
