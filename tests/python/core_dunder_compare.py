import functools
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o):
        print("eq", self.x, getattr(o, "x", o)); return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.x < o.x
    def __le__(self, o): return NotImplemented
    def __gt__(self, o):
        print("gt"); return NotImplemented
print(V(1) == V(1), V(1) != V(2))
print(V(1) < V(2), V(2) > V(1))
try: V(1) <= V(2)
except TypeError as e: print("TypeError:", e)
try: V(1) < 3
except TypeError as e: print("TypeError:", e)
print(V(1) == 1)
print(1 == V(1))
class Plain: pass
p = Plain()
print(p == p, p != Plain(), p == 1)
try: p < p
except TypeError as e: print("TypeError:", e)
class Sub(V):
    def __eq__(self, o): return "Sub.__eq__"
print(V(1) == Sub(1))
print(sorted([V(3), V(1), V(2)], key=lambda v: v).__len__())
print([v.x for v in sorted([V(3), V(1), V(2)])])
@functools.total_ordering
class T:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
    def __lt__(self, o): return self.x < o.x
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
class Ne:
    def __ne__(self, o): return "custom ne"
print(Ne() != 1, Ne() == 1)
print(max([V(1), V(5), V(3)]).x, min([V(4), V(2)]).x)
print(V(1) in [V(0), V(1)])
