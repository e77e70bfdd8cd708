# expect: output contained
try:
    eval("not " * 100000 + "1")
except (SyntaxError, RecursionError, MemoryError):
    pass
print("contained")
