# expect: output contained
try:
    eval("1 if 1 else " * 100000 + "1")
except (SyntaxError, RecursionError, MemoryError):
    pass
print("contained")
