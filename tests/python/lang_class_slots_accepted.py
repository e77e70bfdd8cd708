class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2); print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    P(1, 2).__dict__
except AttributeError as e:
    print("no dict")
class Q(P):
    pass
q = Q(1, 2); q.z = 3; print(q.z)
