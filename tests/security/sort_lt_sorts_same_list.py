# expect: output [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
# cpython: same
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        data.sort(key=lambda a: 0)
        return self.n < other.n
data = [A(i) for i in range(10, 0, -1)]
data.sort()
print([a.n for a in data])
