class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
a = Adder(3); print(a(1), a(1, times=2), callable(a))
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
    def __hash__(self): return hash(self.x)
print(len({P(1), P(1), P(2)}), {P(1): "a"}[P(1)])
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
print(EqOnly.__hash__)
class H:
    def __hash__(self): return 2**70
print(hash(H()) == hash(2**70))
