# expect: exception RecursionError
# cpython: same
class A:
    def __add__(self, o):
        return self + o
A() + 1
