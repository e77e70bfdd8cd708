# expect: exception SyntaxError
# cpython: same
eval('1\x00+2')
