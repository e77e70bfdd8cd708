# expect: exception RecursionError
# cpython: same
def deco(fn):
    def w(*a):
        return fn(*a)
    return w
@deco
def f(n):
    return f(n + 1)
f(0)
