# expect: exception SyntaxError
# cpython: same
eval('"' + 'a' * 100000)
