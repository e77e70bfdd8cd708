# expect: exception RecursionError
# cpython: same
class A:
    def __contains__(self, x):
        return x in self
1 in A()
