# functools.total_ordering: derived methods from each root, NotImplemented handling, errors
from functools import total_ordering
def make(root):
    ns = {}
    def __eq__(self, o):
        if not isinstance(o, type(self)):
            return NotImplemented
        return self.v == o.v
    ops = {'__lt__': lambda s, o: s.v < o.v if isinstance(o, type(s)) else NotImplemented,
           '__le__': lambda s, o: s.v <= o.v if isinstance(o, type(s)) else NotImplemented,
           '__gt__': lambda s, o: s.v > o.v if isinstance(o, type(s)) else NotImplemented,
           '__ge__': lambda s, o: s.v >= o.v if isinstance(o, type(s)) else NotImplemented}
    ns[root] = ops[root]
    ns['__eq__'] = __eq__
    ns['__init__'] = lambda s, v: setattr(s, 'v', v)
    return total_ordering(type('T' + root[2:4], (), ns))
for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    T = make(root)
    x, y, z = T(1), T(2), T(1)
    print(root, [x < y, x <= y, x > y, x >= y, y < x, y <= x, y > x, y >= x, x <= z, x >= z, x < z, x > z])
    print(sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n != root and getattr(T, n).__name__ == n))
    for name in ('__lt__', '__le__', '__gt__', '__ge__'):
        print(name, getattr(x, name)(5), end=" ")
    print()
    try:
        x < 5
    except TypeError as e:
        print(e)
    try:
        x >= 5
    except TypeError as e:
        print(e)
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print(e)
@total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return "own gt"
    def __eq__(self, o):
        return self.v == o.v
print(Both(1) > Both(2), Both(1) <= Both(2), Both(1) >= Both(0))
@total_ordering
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)
print(Num(1) <= 1, Num(1) > 0, Num(1) >= 2, 1 < Num(2), 3 >= Num(2))
print(Num.__le__.__doc__ is None, Num.__le__.__qualname__ == Num.__lt__.__qualname__)
