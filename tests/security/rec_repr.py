# expect: exception RecursionError
# cpython: same
class A:
    def __repr__(self):
        return repr(self)
repr(A())
