import functools
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return isinstance(o, Ver) and self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "Ver" + str(self.p)
print(Ver(1, 2) < Ver(1, 3), Ver(2) >= Ver(1), Ver(1) == Ver(1), Ver(1) != Ver(2))
print(sorted([Ver(3), Ver(1, 5), Ver(1)]), max(Ver(1), Ver(2)))
class Only:
    def __lt__(self, o): return "lt called"
print(Only() < 1, 1 > Only())
class NoCmp: pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print(e)
print(NoCmp() == NoCmp(), NoCmp() != NoCmp())
class E:
    def __eq__(self, o): return True
print(E() != 1, E() == 1)
