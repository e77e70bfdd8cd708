class A:
    x = 1
    def method(self): return "A.method"
    def __init__(self): self.y = 2
print(A.__doc__, A.__name__, A.__module__, A.__dict__["x"], "method" in A.__dict__, type(A.__dict__).__name__ != "")
class Doc:
    "A docstring."
    def f(self):
        "f doc"
print(Doc.__doc__, Doc.f.__doc__, Doc.f.__name__, Doc.f.__qualname__, Doc().f.__qualname__)
def make_class(n):
    class Local:
        size = n
        def get(self): return self.size
    return Local
L1, L2 = make_class(1), make_class(2)
print(L1().get(), L2().get(), L1 is L2, L1.__qualname__)
class Counter:
    instances = []
    def __init__(self): Counter.instances.append(self)
for _ in range(3): Counter()
print(len(Counter.instances))
class Private:
    def __init__(self): self.__secret = 1; self._prot = 2
    def reveal(self): return self.__secret
p = Private(); print(p.reveal(), p._Private__secret, p._prot, sorted(vars(p)))
try: p.__secret
except AttributeError as e: print("AttributeError:", e)
class Cls:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Cls({self.v})"
objs = [Cls(3), Cls(1), Cls(2)]
objs.sort(key=lambda o: o.v); print(objs)
print(sorted(objs, key=lambda o: -o.v), [o.v for o in reversed(objs)])
print(id(objs[0]) == id(objs[0]), objs[0] is objs[0], objs[0] == Cls(1), objs[0] != Cls(1))
class Empty: pass
e = Empty(); e.a = 1; e.b = [2]
print(e.__dict__, Empty.__bases__, Empty.__mro__, type(e).__name__)
class WithClassAttrFn:
    helper = staticmethod(lambda x: x + 1)
    table = {k: k * 2 for k in range(3)}
    squares = [i * i for i in range(4)]
print(WithClassAttrFn.helper(1), WithClassAttrFn.table, WithClassAttrFn.squares)
class Chain:
    def __init__(self): self.ops = []
    def add(self, x): self.ops.append(("add", x)); return self
    def mul(self, x): self.ops.append(("mul", x)); return self
print(Chain().add(1).mul(2).add(3).ops)
class Node:
    def __init__(self, val, children=None):
        self.val = val; self.children = children or []
    def walk(self, depth=0):
        yield depth, self.val
        for c in self.children: yield from c.walk(depth + 1)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()), sum(v for _, v in tree.walk()))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2); print(s, s.peek(), len(s), s.pop(), isinstance(s, list), Stack([5]) + [6])
class DD(dict):
    def __missing__(self, k): self[k] = v = len(self); return v
d = DD(); d["a"]; d["b"]; print(d, d["a"], repr(d))
class Temperature:
    def __init__(self, c): self.c = c
    @classmethod
    def from_f(cls, f): return cls((f - 32) * 5 / 9)
    def __format__(self, spec): return format(self.c, spec) + "C"
print(f"{Temperature.from_f(212):.1f}", f"{Temperature(21.456):>10.2f}|")
