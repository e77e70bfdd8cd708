# expect: output ok
# cpython: same
def a():
    yield 1
    yield 2
ia = a()
def b():
    next(ia)
    ia.close()
    yield "ok"
print(next(b()))
