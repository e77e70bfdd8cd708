class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __radd__(self, o): return N(o + self.v)
    def __rsub__(self, o): return N(o - self.v)
    def __rtruediv__(self, o): return N(o / self.v)
    def __rpow__(self, o): return N(o ** self.v)
    def __iadd__(self, o):
        self.v += o; return self
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return N(self.v - o)
    def __imul__(self, o):
        self.v *= o; return self
print(1 + N(2), 10 - N(3), 1 / N(4), 2 ** N(3), sum([N(1), N(2)], 0) if False else sum([1, 2], 0))
n = N(1); m = n; n += 5; print(n, m, n is m)
n -= 1; print(n, n is m)
m *= 3; print(m)
class Sub(N):
    def __radd__(self, o): return "sub radd first"
    def __add__(self, o): return "sub add"
class Base:
    def __add__(self, o): return "base add"
print(Base() + Sub(1))
class R(int):
    def __radd__(self, o): return "R wins"
print(1 + R(2), R(2) + 1)
