# expect: exception RecursionError
# cpython: same
class A:
    @property
    def p(self):
        return self.p
A().p
