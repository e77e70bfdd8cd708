# expect: exception RecursionError
# cpython: same
class A:
    def __str__(self):
        return str(self)
str(A())
