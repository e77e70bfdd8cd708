# expect: output contained
try:
    eval("2" + "**2" * 100000)
except (SyntaxError, RecursionError, MemoryError, OverflowError):
    pass
print("contained")
