# expect: exception SyntaxError
# cpython: same
eval('{' * 1000 + '}' * 1000)
