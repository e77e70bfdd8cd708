# expect: exception TypeError
# cpython: same
class A:
    pass
a = A()
a.__class__ = int
