# operator: the function forms of the operators (comparisons, arithmetic, bitwise, sequence and
# truth helpers, index, length_hint, call) with their dunder aliases and their errors.
import operator as op

for name in ("lt", "le", "eq", "ne", "ge", "gt", "add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
             "lshift", "rshift", "and_", "or_", "xor", "is_", "is_not", "concat", "contains", "countOf", "indexOf", "getitem"):
    f = getattr(op, name)
    print(name, f.__name__)
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "a"), op.ge(3, 4), op.gt(4, 3))
print(op.add(1, 2), op.sub(5, 7), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 10), op.pow(2, -1))
print(op.lshift(1, 5), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2}))
print(op.neg(3), op.pos(-3), op.abs(-4.5), op.inv(5), op.invert(0), op.not_(0), op.truth([]), op.truth([0]))
print(op.index(7), op.is_(None, None), op.is_not(1, None), op.concat([1], [2]), op.concat("a", "b"), op.matmul.__name__)
print(op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf("abcb", "b"), op.getitem({"a": 1}, "a"))
l = [1, 2, 3, 4]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
op.setitem(l, slice(0, 1), [7, 7]); print(l)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5, 9), op.length_hint(object()))
print(op.call(max, 3, 9, key=lambda v: -v) if hasattr(op, "call") else "nocall")
print(op.__add__(1, 2), op.__lt__(1, 2), op.__not__(1), op.__inv__(2), op.__index__(3), op.__getitem__("ab", 1), op.__concat__("a", "b"))
class M:
    def __matmul__(self, o): return "mm"
    def __imatmul__(self, o): return "imm"
    def __length_hint__(self): return 4
print(op.matmul(M(), 1), op.imatmul(M(), 1), op.length_hint(M()))
class Bad:
    def __length_hint__(self): return -1
class Bad2:
    def __length_hint__(self): return "x"
class NI:
    def __length_hint__(self): return NotImplemented
print(op.length_hint(NI(), 6))
for call in ("op.concat(1, 2)", "op.concat([1], 'a')", "op.index(1.5)", "op.indexOf([1], 5)", "op.countOf(5, 1)", "op.indexOf(None, 1)",
             "op.length_hint(Bad())", "op.length_hint(Bad2())", "op.length_hint([], 'x')", "op.add(1, 'a')",
             "op.truediv(1, 0)", "op.neg('a')", "op.getitem([], 1)", "op.delitem({}, 1)", "op.iconcat(1, [2])",
             "op.lt(1, 'a')", "op.contains(5, 1)"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
print(sorted(n for n in op.__all__)[:12], len(op.__all__))
class Idx:
    def __index__(self): return 7
class BadIdx:
    def __index__(self): return 1.5
class IntSub(int): pass
print(op.index(True), type(op.index(True)).__name__, op.index(Idx()), type(op.index(IntSub(3))).__name__, op.index(-5))
for call in ("op.index(BadIdx())", "op.index('3')", "op.index(None)"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
print(op.call.__name__, op.__call__ is op.call, op.invert.__name__, op.inv.__name__, op.__invert__ is op.invert, op.__inv__ is op.inv, op.__abs__(-2))
