# expect: exception RecursionError
# cpython: same
class A:
    def __init__(self):
        A()
A()
