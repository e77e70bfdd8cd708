# expect: exception SyntaxError
# cpython: same
eval("f'{" * 50 + "1" + "}'" * 50)
