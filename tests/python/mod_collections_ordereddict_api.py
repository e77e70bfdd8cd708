# OrderedDict: order-sensitive equality, move_to_end, popitem(last), reversed, views, repr, |, copy,
# fromkeys, setdefault/pop, errors, as CPython 3.11.
from collections import OrderedDict


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict([('b', 2), ('a', 1), ('c', 3)])
print(od, repr(OrderedDict()), str(od), list(od), len(od))
od.move_to_end('b'); print(list(od))
od.move_to_end('c', last=False); print(list(od))
od.move_to_end('c', False); print(list(od))
show(lambda: od.move_to_end('zz'))
show(lambda: od.move_to_end('zz', last=False))
print(od.popitem(), od.popitem(last=False), od)
e = OrderedDict()
show(lambda: e.popitem())
show(lambda: e.popitem(last=False))
od = OrderedDict.fromkeys('xyz', 0); print(od, OrderedDict.fromkeys('ab'))
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(od.keys(), od.values(), od.items())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == OrderedDict(a=1, b=2),
      OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1),
      dict(b=2, a=1) == OrderedDict(a=1, b=2), OrderedDict(a=1) == [('a', 1)])
od = OrderedDict(a=1)
od['b'] = 2; od['a'] = 9; print(od)
del od['a']; od['a'] = 0; print(od)
print(od.setdefault('c', 5), od.setdefault('a', 7), od.pop('b'), od.pop('zz', 'dflt'), od)
show(lambda: od.pop('zz'))
c = od.copy(); c['new'] = 1; print(c, od, type(c).__name__)
print(OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1), type({'b': 2} | OrderedDict(a=1)).__name__)
x = OrderedDict(a=1); x |= [('c', 3), ('a', 0)]; print(x)
show(lambda: OrderedDict(1, 2))
od = OrderedDict([(1, 'one'), ('k', [1, 2])]); od.update({'z': 26}, y=25); od.update([('q', 0)]); print(od)
od.clear(); print(od)
r = OrderedDict(); r['self'] = r; print(r)


class Sub(OrderedDict):
    pass


s = Sub(x=1)
print(s, repr(Sub()), type(s.copy()).__name__, s == OrderedDict(x=1), isinstance(s, dict))
import copy
print(copy.copy(OrderedDict(a=[1])), copy.deepcopy(OrderedDict(a=[1])))
od = OrderedDict(a=1, b=2, c=3)
for k in list(od):
    if k == 'b':
        od.move_to_end(k)
print(list(od.items()))
show(lambda: [od.__setitem__('new', 1) for _ in od])
