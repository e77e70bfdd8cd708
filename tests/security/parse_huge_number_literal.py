# expect: exception SyntaxError
# cpython: same
eval('1' * 5000)
