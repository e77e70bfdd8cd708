# expect: output contained
try:
    eval("(a := " * 300 + "1" + ")" * 300)
except (SyntaxError, RecursionError, MemoryError):
    pass
print("contained")
