# expect: exception ValueError
# cpython: same
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
T = type(f().__closure__[0])
x = T()
print(x.cell_contents)
