# expect: output contained
try:
    eval("lambda: " * 100000 + "1")
except (SyntaxError, RecursionError, MemoryError):
    pass
print("contained")
