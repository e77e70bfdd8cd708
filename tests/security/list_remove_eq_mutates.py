# expect: exception ValueError
# cpython: same
class A:
    def __eq__(self, other):
        del data[:]
        return False
data = [A() for _ in range(10)]
data.remove(5)
