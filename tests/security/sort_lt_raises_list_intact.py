# expect: output 30 True
# cpython: same
# After a failed sort the list holds the same elements (in some order).
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if self.n == 7:
            raise KeyError("boom")
        return self.n < other.n
data = [A(i) for i in range(30, 0, -1)]
try:
    data.sort()
except KeyError:
    pass
print(len(data), sorted(a.n for a in data) == list(range(1, 31)))
