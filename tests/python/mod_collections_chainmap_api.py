# ChainMap: lookups through maps, writes to the first map, new_child, parents, maps, |, repr, copy,
# views, errors, as CPython 3.11.
from collections import ChainMap, OrderedDict


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = {'x': 1, 'y': 2}; b = {'y': 20, 'z': 30}
cm = ChainMap(a, b)
print(cm, repr(ChainMap()), cm['x'], cm['y'], cm['z'], len(cm), list(cm), sorted(cm.items()), 'z' in cm, 'q' in cm)
print(cm.get('q'), cm.get('z'), cm.get('q', 0), bool(cm), bool(ChainMap({}, {})), cm.maps is cm.maps, cm.maps)
show(lambda: cm['q'])
cm['z'] = 300; cm['w'] = 4; print(a, b)
del cm['w']; print(a)
show(lambda: cm.__delitem__('y2'))
show(lambda: cm.__delitem__('z') if 'z' not in a else None)
del cm['z']; show(lambda: cm.__delitem__('z'))
print(cm.pop('x'), cm.pop('x', 'gone'), a)
show(lambda: cm.pop('x'))
c = cm.new_child(); c['k'] = 1; print(c, c.maps[0], c.parents == cm, c.parents.maps[0] is a)
print(cm.new_child({'m': 5}), cm.new_child(m={'q': 1}) if False else cm.new_child(m=None))
print(cm.parents, ChainMap({1: 1}).parents, ChainMap().maps)
print(cm.new_child(k=1, j=2) if hasattr(cm.new_child, '__call__') else None)
p = cm.popitem(); print(p, a)
e = ChainMap({}, {'a': 1})
show(lambda: e.popitem())
cm.clear(); print(cm, a, b)
cp = ChainMap({'a': 1}, {'b': 2}).copy(); print(cp, type(cp).__name__)
import copy
orig = ChainMap({'a': [1]}, {'b': 2}); cc = copy.copy(orig); cc['new'] = 0; print(orig, cc, cc.maps[1] is orig.maps[1])
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}), ChainMap({'a': 1}, {'c': 3}) | ChainMap({'b': 2}))
x = ChainMap({'a': 1}, {'z': 0}); x |= {'a': 9, 'n': 1}; print(x)
x |= [('p', 1)]; print(x)
show(lambda: ChainMap() | 1)
d = ChainMap({'a': 1, 'b': 2}, {'b': 3, 'c': 4, 'a': 0})
print(list(d), list(d.keys()), list(d.values()), list(d.items()), d == {'a': 1, 'b': 2, 'c': 4}, d == {'a': 1})
print(dict(d), ChainMap({'a': 1}) == ChainMap({'a': 1}, {}), d.keys() == {'a', 'b', 'c'})
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0), ChainMap(OrderedDict(a=1)))
print(d.setdefault('c', 9), d.setdefault('n', 9), d.maps[0])
d.update({'u': 1}, v=2); print(d.maps[0])


class Missing(ChainMap):
    def __missing__(self, key):
        return 'missing:' + key


m = Missing({'a': 1})
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, m)
r = ChainMap(); r['self'] = r; print(r)
match ChainMap({'a': 1}):
    case {'a': v}:
        print('mapping match', v)
