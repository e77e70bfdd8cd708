# Counter: construction, missing keys, most_common, elements, update/subtract, total, arithmetic,
# comparisons, repr order and errors, as CPython 3.11.
from collections import Counter


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter('abracadabra')
print(c, repr(c), len(c), c['a'], c['zz'], 'zz' in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(None))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), repr(Counter()), Counter({'x': 3, 'y': 1}), Counter(x=1, y=5, z=3))
print(Counter(a=1, b=3, c=2), Counter({'a': 1.5, 'b': 'text'} if False else {'a': 1.5, 'b': 0.5}))
c = Counter(a=3, b=1)
c.update('aab'); print(c)
c.update({'a': -1, 'q': 2}, b=4); print(c)
c.update(Counter(z=1)); c.update(); print(c)
c.subtract('aaaa'); print(c)
c.subtract({'q': 5}, b=1); c.subtract(Counter(z=2)); print(c)
print(c.total(), Counter().total(), Counter(a=2.5, b=1).total())
a = Counter(a=3, b=1, c=-2); b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b, +a, -a)
x = Counter(a=3, b=1); x += Counter(a=-4, c=2); print(x)
x = Counter(a=3, b=1); x -= Counter(a=1, b=5); print(x)
x = Counter(a=3, b=1); x |= Counter(a=1, b=5, c=-1); print(x)
x = Counter(a=3, b=1); x &= Counter(a=1, c=5); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter() == {}, Counter(a=0) == Counter())
print(Counter(a=1) <= Counter(a=2), Counter(a=1, b=1) <= Counter(a=2), Counter(a=1) < Counter(a=1),
      Counter(a=1) < Counter(a=1, b=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2, b=0))
show(lambda: Counter(a=1) < {'a': 2})
show(lambda: Counter(a=1) + {'a': 2})
show(lambda: Counter(a=1) - 3)
show(lambda: Counter(a=1) | [1])
show(lambda: Counter(a=1) & None)
show(lambda: Counter('ab', 'cd'))
show(lambda: Counter(3))
show(lambda: Counter.fromkeys('abc'))
c = Counter('hello')
del c['l']; del c['missing']; print(c)
print(c.copy(), type(c.copy()).__name__, c.copy() is c)
print(c.pop('h'), c.setdefault('k', 7), c.get('nothere'), c)
print(Counter({'b': 2, 'a': 2, 'c': 5, 'd': 1}))
print(Counter({1: 2, 'x': 2}), Counter({(1, 2): 1}))


class MyCounter(Counter):
    pass


m = MyCounter('aab')
print(m, type(m + m).__name__, type(m.copy()).__name__, isinstance(m, dict))
print(Counter(['x', 'y', 'x']) + Counter(), dict(Counter('aa')))
import copy
d = copy.deepcopy(Counter(a=[1]))
print(d, type(d).__name__)
print(sorted(Counter('mississippi').items()), sorted(Counter('mississippi').keys()))
