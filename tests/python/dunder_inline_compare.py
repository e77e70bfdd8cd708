# Comparison dunders run as inline frames from COMPARE_OP: NotImplemented falls back to the
# reflected method, identity for ==/!=, or TypeError, exactly as in CPython's order; != with
# object's default __ne__ inverts __eq__.
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.x < o.x
    def __repr__(self): return f"V({self.x})"
class W(V):
    def __gt__(self, o):
        print("W.__gt__"); return "W-gt"
class N:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
print(V(1) == V(1), V(1) != V(1), V(1) == 1, 1 == V(1), V(1) < V(2), V(2) > V(1))
print(V(1) < W(2))
print(W(1) < V(2))
print(N() == N(), N() != N())
n = N()
print(n == n, n != n)
print(sorted([V(3), V(1), V(2)]))
print(V(1) < 3 if False else "skip")
class R:
    def __gt__(self, o): return "R-gt"
print(N() < R())
try:
    N() < N()
except TypeError as e:
    print(e)
try:
    V(1) < 3
except TypeError as e:
    print(e)
class E:
    def __eq__(self, o): raise ValueError("eq boom")
try:
    E() == 1
except ValueError as e:
    print(e)
class B:
    def __eq__(self, o): return []
print(B() == 1, not (B() == 1))
x = V(1)
print(V(0) < x < V(2), x == x == V(1))
print(V(2) >= V(3) if False else 0)
class OnlyEq:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        if not isinstance(o, OnlyEq): return NotImplemented
        return self.k == o.k
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) != 5, 5 != OnlyEq(1))
class Weird:
    def __eq__(self, o): return []
print(Weird() != 1)
class HasNe(OnlyEq):
    def __ne__(self, o): return "custom ne"
print(HasNe(1) != HasNe(1), OnlyEq(1) != HasNe(1))
