# expect: output None
# cpython: same
# Compiling this once hung the host forever (no limit covers compilation): a return value left
# on the stack round a loop by `continue` in `finally`.
def f(p):
    for v in p:
        try:
            return 7
        finally:
            continue
print(f([1]))
