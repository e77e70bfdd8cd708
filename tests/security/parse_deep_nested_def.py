# expect: output contained
src = "".join(" " * i + "def f():\n" for i in range(99)) + " " * 99 + "pass\n"
try:
    exec(src)
except (SyntaxError, RecursionError, MemoryError):
    pass
print("contained")
