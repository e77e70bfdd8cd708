# expect: output done
# cpython: same
class Node:
    pass
def make(i):
    a = []
    a.append(a)
    d = {}
    d["d"] = d
    n = Node()
    n.n = n
    def f():
        return f
    t = ([],)
    t[0].append(t)
    s = Node()
    s.m = s.__init__
    def g():
        yield g
    gen = g()
    gen2 = None
    return i
for i in range(20000):
    make(i)
print("done")
