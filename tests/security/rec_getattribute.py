# expect: exception RecursionError
# cpython: same
class A:
    def __getattribute__(self, name):
        return self.__dict__
A().x
