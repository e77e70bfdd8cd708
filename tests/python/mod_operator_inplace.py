# operator: in-place functions (iadd and friends): mutable operands change in place, immutable
# ones return the new value, __ixxx__ hooks win, and the errors.
import operator as op

for name in ("iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift",
             "iand", "ior", "ixor", "iconcat", "imatmul"):
    print(name, getattr(op, name).__name__, getattr(op, "__" + name + "__") is getattr(op, name))
a = [1]
b = op.iadd(a, [2]); print(a, b, a is b)
c = op.iconcat(a, (3,)); print(a, c is a)
d = op.imul(a, 2); print(a, d is a)
s = {1, 2}
op.iand(s, {2, 3}); print(s)
op.ior(s, {5}); print(sorted(s))
op.ixor(s, {5, 6}); print(sorted(s))
op.isub(s, {6}); print(s)
x = 10
print(op.iadd(x, 5), op.isub(x, 3), op.imul(x, 2), op.itruediv(x, 4), op.ifloordiv(x, 4), op.imod(x, 4),
      op.ipow(x, 2), op.ilshift(x, 2), op.irshift(x, 1), op.iand(x, 6), op.ior(x, 5), op.ixor(x, 3), x)
print(op.iadd("ab", "c"), op.iconcat((1,), (2,)))
class H:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(("iadd", o)); return self
    def __add__(self, o): return "plain"
    def __ipow__(self, o): return ("ipow", o)
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "sub fallback"
h = H()
print(op.iadd(h, 1) is h, h.log, op.ipow(h, 3), op.isub(h, 1))
d = {"a": 1}
op.ior(d, {"b": 2}); print(d)
for call in ("op.iadd([], 1)", "op.iconcat(1, 2)", "op.iconcat([1], 'ab')", "op.itruediv(1, 0)", "op.imod('%d', ())", "op.ipow(2, 'x')",
             "op.imatmul(1, 2)", "op.iand([], 1)"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
