# namedtuple: field name forms, rename, defaults, module, _make, _asdict, _replace, _fields,
# _field_defaults, __match_args__, repr, tuple behavior, pickling attributes, errors, as CPython 3.11.
from collections import namedtuple


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


P = namedtuple('Point', ['x', 'y'])
p = P(1, y=2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], p[:1], len(p), tuple(p), list(p), p == (1, 2), hash(p) == hash((1, 2)))
print(P.__name__, P.__qualname__, P.__module__, P._fields, P._field_defaults, P.__match_args__, P.__doc__)
print(P.x.__doc__, P.y.__doc__, type(P.x).__name__, P.__bases__, P.__slots__, isinstance(p, tuple))
print(namedtuple('A', 'a b  c')._fields, namedtuple('A', 'a,b ,c')._fields, namedtuple('A', ('a', 'b'))._fields,
      namedtuple('A', [])._fields, namedtuple('A', '')(), namedtuple('A', iter(['q']))._fields)
R = namedtuple('R', 'abc def ghi abc _x 1y', rename=True); print(R._fields)
print(namedtuple('R', ['a', 'class', 'b'], rename=True)._fields)
D = namedtuple('D', 'a b c', defaults=[2, 3]); print(D(1), D(1, 5), D._field_defaults, D.__new__.__defaults__)
print(namedtuple('D', 'a b', defaults=iter([9]))._field_defaults, namedtuple('D', 'a', defaults=None)._field_defaults)
show(lambda: namedtuple('D', 'a b', defaults=[1, 2, 3]))
M = namedtuple('M', 'a', module='my.mod'); print(M.__module__, M(1))
print(P._make([3, 4]), P._make(iter((5, 6))), p._asdict(), type(p._asdict()).__name__)
show(lambda: P._make([1]))
show(lambda: P._make([1, 2, 3]))
print(p._replace(x=10), p._replace(), p)
show(lambda: p._replace(z=1))
show(lambda: p._replace(x=1, zz=2, w=1))
show(lambda: P(1))
show(lambda: P(1, 2, 3))
show(lambda: P(1, x=2))
show(lambda: P(1, z=2))
show(lambda: p.__setattr__('x', 5))
show(lambda: setattr(p, 'z', 5))
show(lambda: namedtuple('X', 'a a'))
show(lambda: namedtuple('X', 'def x'))
show(lambda: namedtuple('X', '_a'))
show(lambda: namedtuple('X', '1a'))
show(lambda: namedtuple('X-Y', 'a'))
show(lambda: namedtuple('class', 'a'))
show(lambda: namedtuple('X', ['a', 3]))
show(lambda: namedtuple(3, 'a'))
print(p.__getnewargs__(), p.__reduce__()[1] if False else '', P.__getnewargs__(p))
print(p.count(1), p.index(2), p + (3,), p * 2, sorted([P(2, 1), P(1, 9)]), max(P(2, 1), P(1, 9)))
a, b = p; print(a, b)
match p:
    case P(x, y=yy):
        print('match', x, yy)
match P(0, 5):
    case P(0, y):
        print('on y-axis', y)


class Sub(namedtuple('Base', 'u v')):
    __slots__ = ()

    @property
    def total(self):
        return self.u + self.v

    def __str__(self):
        return 'Sub<%s>' % self.total


s = Sub(1, 2)
print(s, repr(s), s.total, s._replace(u=5), type(s._replace(u=5)).__name__, Sub._make([3, 3]).total, s._asdict())
import copy
print(copy.copy(p), copy.deepcopy(P([1], 2)), P(x=[], y={}))
T = namedtuple('T', 'a')
print(T(T(1)), repr(T('s')), T((1, 2)), T(None))
print(namedtuple('Long', ['f%d' % i for i in range(12)])(*range(12)))
