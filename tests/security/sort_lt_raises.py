# expect: exception KeyError
# cpython: same
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if self.n == 7:
            raise KeyError("boom")
        return self.n < other.n
data = [A(i) for i in range(30, 0, -1)]
data.sort()
