# expect: output [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]
# cpython: same
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if data:
            data.pop()
        return self.n < other.n
data = [A(i) for i in range(30, 0, -1)]
data.sort()
print([a.n for a in data])
