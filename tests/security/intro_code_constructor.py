# expect: exception TypeError
# cpython: same
# type(code)() must not build a half-initialised code object (CPython: TypeError, missing arguments).
def f():
    pass
c = type(f.__code__)()
print(repr(c)[:4])
exec(c)
