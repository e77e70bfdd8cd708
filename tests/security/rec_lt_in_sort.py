# expect: exception RecursionError
# cpython: same
class A:
    def __lt__(self, other):
        return sorted([A(), A()])
sorted([A(), A()])
