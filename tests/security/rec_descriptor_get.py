# expect: exception RecursionError
# cpython: same
class D:
    def __get__(self, obj, cls):
        return obj.d
class A:
    d = D()
A().d
