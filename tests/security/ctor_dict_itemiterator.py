# expect: exception TypeError
# cpython: same
# Internal types must not be instantiable from Python: a zero-filled object has NULL fields.
def f():
    x = 1
    def g():
        return x
    return g
def gen():
    yield 1
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
class A:
    def m(self):
        pass
T = type(iter({1: 2}.items()))
x = T()
next(x)
