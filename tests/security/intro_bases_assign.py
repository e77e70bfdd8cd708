# expect: exception TypeError
# cpython: same
class A:
    pass
A.__bases__ = (int,)
