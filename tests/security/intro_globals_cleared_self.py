# expect: output ok
# cpython: same
def f():
    f.__globals__.clear()
    return "ok"
print(f())
