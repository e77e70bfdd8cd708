# expect: exception RecursionError
# cpython: same
class A:
    def __hash__(self):
        return hash(self)
hash(A())
