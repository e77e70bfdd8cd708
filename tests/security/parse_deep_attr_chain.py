# expect: output contained
try:
    eval("x" + ".a" * 200000, {"x": 1})
except (SyntaxError, RecursionError, MemoryError, AttributeError):
    pass
print("contained")
