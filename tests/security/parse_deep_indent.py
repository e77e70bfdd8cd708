# expect: exception IndentationError
# cpython: same
src = "".join(" " * i + "if 1:\n" for i in range(150)) + " " * 150 + "pass\n"
exec(src)
