import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(3), op.pos(-3), op.abs(-4), op.not_(0), op.truth([]), op.invert(5), op.inv(0))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.concat([1], [2]), op.contains([1, 2], 2))
print(op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.index(5), op.getitem([1, 2, 3], 1), op.length_hint([1, 2]))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
print(op.itemgetter(2)('abcd'), op.itemgetter(slice(1, 3))('abcd'), op.itemgetter('k')({'k': 5}), op.itemgetter(0, 1)([7, 8, 9]))
class P:
    def __init__(self):
        self.x = 1
        self.inner = self
    def hello(self, a, b=0):
        return a + b
p = P()
print(op.attrgetter('x')(p), op.attrgetter('inner.inner.x')(p), op.attrgetter('x', 'x')(p), op.methodcaller('hello', 1, b=2)(p))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')], key=op.itemgetter(0, 1)))
print(op.iadd([1], [2]), op.imul(3, 4), op.iconcat('a', 'b'))
from functools import reduce
print(reduce(op.mul, range(1, 6)), list(map(op.add, [1, 2], [10, 20])))
try:
    op.concat(1, 2)
except TypeError as e:
    print(e)
