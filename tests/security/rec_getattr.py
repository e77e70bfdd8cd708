# expect: exception RecursionError
# cpython: same
class A:
    def __getattr__(self, name):
        return self.missing
A().x
