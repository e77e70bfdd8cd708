# expect: output contained
try:
    eval("x" + "[0]" * 200000, {"x": [0]})
except (SyntaxError, RecursionError, MemoryError, TypeError):
    pass
print("contained")
