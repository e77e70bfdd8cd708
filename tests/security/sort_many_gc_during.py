# expect: output 500
# cpython: same
class A:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __lt__(self, other):
        junk = [A(-1) for _ in range(3)]
        return self.n < other.n
data = [A(i) for i in range(500, 0, -1)]
data.sort()
print(data[-1].n)
