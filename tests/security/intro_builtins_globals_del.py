# expect: exception NameError
# cpython: same
def f():
    return len
g = f.__globals__
g.clear()
print(f() is not None)
del len
