# expect: exception ValueError
# cpython: same
class A:
    def __eq__(self, other):
        data.clear()
        return False
data = [A(), A(), A()]
data.index(1)
