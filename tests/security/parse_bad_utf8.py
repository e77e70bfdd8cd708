# expect: exception SyntaxError
# cpython: same
eval(b'\xff\xfe = 1')
