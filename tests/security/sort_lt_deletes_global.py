# expect: output ok
# cpython: same
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        global data
        data = None
        return self.n < other.n
def go():
    lst = [A(i) for i in range(20, 0, -1)]
    globals()["data"] = lst
    lst = data
    lst.sort()
    return lst
r = go()
print("ok" if [a.n for a in r] == list(range(1, 21)) else "bad")
