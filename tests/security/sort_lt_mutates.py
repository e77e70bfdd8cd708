# expect: exception ValueError
# cpython: same
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        data.append(A(0))
        return self.n < other.n
data = [A(i) for i in range(30, 0, -1)]
data.sort()
