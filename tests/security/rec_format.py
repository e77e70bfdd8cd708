# expect: exception RecursionError
# cpython: same
class A:
    def __format__(self, spec):
        return format(self, spec)
format(A(), "")
