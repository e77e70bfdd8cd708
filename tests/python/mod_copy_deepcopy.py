# copy.deepcopy: nested containers, shared and recursive references, the memo (what it records and
# that a given memo is honoured), tuples kept when nothing inside changes, __deepcopy__ and
# __copy__ hooks, __reduce_ex__ objects, bound methods, classes and functions kept, and copy.Error.
import copy

a = [1, [2, 3], {"k": (4, [5])}]
b = copy.deepcopy(a)
print(b, b == a, b is a, b[1] is a[1], b[2]["k"] is a[2]["k"], b[2]["k"][1] is a[2]["k"][1])
shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c, c[0] is c[1], c[0] is shared)
loop = [1]; loop.append(loop)
d = copy.deepcopy(loop)
print(d[1] is d, d is not loop)
dl = {}; dl["me"] = dl
print(copy.deepcopy(dl)["me"] is not dl)
t = (1, "a", (2, 3), None)
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None, copy.deepcopy(frozenset({1, 2})) == frozenset({1, 2}), copy.deepcopy(t[2:3]) is t[2:3])
fs = frozenset({1, (2, 3)}); print(copy.deepcopy(fs) == fs, copy.deepcopy(fs) is fs, copy.copy(fs) is fs, copy.deepcopy({(1, 2), 3}))
tl = ([1],); tl[0].append(tl)
tc = copy.deepcopy(tl)
print(tc is not tl, tc[0][1] is tc, tc[0] is not tl[0])
memo = {}
x = [[1], "s"]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, memo[id(x[0])] is y[0], id(x[1]) in memo, len(memo), [v is x or v is x[0] for v in memo[id(memo)]])
print(copy.deepcopy(5, memo), len(memo))
pre = {id(a): "replaced"}
print(copy.deepcopy(a, pre), copy.deepcopy([a, a], pre))
class Hook:
    def __init__(self, v): self.v = v
    def __deepcopy__(self, memo):
        print("deepcopy hook with", type(memo).__name__)
        return Hook(self.v * 10)
    def __copy__(self):
        return Hook(-self.v)
h = copy.deepcopy([Hook(1)])[0]; print(h.v, copy.copy(Hook(2)).v)
class Plain:
    def __init__(self): self.items = [1, 2]; self.me = self
    def meth(self): return self.items
p = Plain(); q = copy.deepcopy(p)
print(q.items == p.items, q.items is not p.items, q.me is q)
m = copy.deepcopy(p.meth)
print(m() == [1, 2], m.__self__ is not p, copy.deepcopy(Plain) is Plain, copy.deepcopy(len) is len, copy.deepcopy(print) is print)
class Slotted:
    __slots__ = ("a", "b")
s = Slotted(); s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is not s.a, hasattr(s2, "b"))
class Red:
    def __init__(self, v): self.v = v
    def __reduce_ex__(self, proto): return (Red, ([self.v],))
r = copy.deepcopy(Red(3)); print(r.v)
class St:
    def __init__(self): self.x = [1]
    def __setstate__(self, state): print("setstate", state); self.__dict__.update(state)
print(copy.deepcopy(St()).x, copy.deepcopy(bytearray(b"ab")), copy.deepcopy({1, 2}), copy.deepcopy(range(3)), copy.deepcopy(1.5), copy.deepcopy("s"))
print(copy.deepcopy(ValueError("boom", 2)).args, copy.Error is copy.error, issubclass(copy.Error, Exception))
class NoCopy:
    def __reduce_ex__(self, proto): raise copy.Error("no copies of NoCopy")
for call in ("copy.deepcopy(NoCopy())", "copy.copy(NoCopy())", "copy.deepcopy([NoCopy()])"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
