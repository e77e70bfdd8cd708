# expect: exception TypeError
# cpython: same
def f():
    pass
type(f)()
