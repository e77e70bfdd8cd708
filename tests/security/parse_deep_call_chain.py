# expect: output contained
try:
    eval("f" + "()" * 200000, {"f": lambda: None})
except (SyntaxError, RecursionError, MemoryError, TypeError):
    pass
print("contained")
