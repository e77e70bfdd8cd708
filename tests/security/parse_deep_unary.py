# expect: output contained
# CPython 3.11 gives RecursionError or MemoryError here depending on the C stack; a sandbox must raise, not crash.
try:
    eval("-" * 100000 + "1")
except (SyntaxError, RecursionError, MemoryError):
    pass
print("contained")
