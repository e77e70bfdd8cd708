# expect: exception RecursionError
# cpython: same
class A:
    def __call__(self):
        return self()
A()()
