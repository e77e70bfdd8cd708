# expect: output ok
# cpython: same
class A:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        data.sort(key=lambda a: -a.n)
        return str(self.n)
    def __lt__(self, o):
        return self.n < o.n
data = [A(i) for i in range(5)]
s = repr(data)
print("ok" if len(s) > 2 else s)
