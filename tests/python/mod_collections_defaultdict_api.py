# defaultdict: default_factory, __missing__, repr, copy, |, errors, as CPython 3.11.
from collections import defaultdict
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d['a'].append(1); d['b']; print(d, repr(d), str(d), len(d), 'c' in d, d.get('c'), len(d))
print(defaultdict(), defaultdict(None, {'x': 1}), defaultdict(int, a=1), defaultdict(int, [('k', 2)], z=3))
print(defaultdict(lambda: 0).default_factory is not None, defaultdict(int).default_factory)
show(lambda: defaultdict(3))
show(lambda: defaultdict('abc'))
show(lambda: defaultdict(None)['x'])
show(lambda: defaultdict(None).__missing__('x'))
i = defaultdict(int); print(i.__missing__('k'), i)
i['n'] += 5; print(i['n'], i)
c = i.copy(); c['m'] += 1; print(type(c).__name__, c, i, c.default_factory)
c2 = copy.copy(i); print(c2, c2.default_factory)
c3 = copy.deepcopy(defaultdict(list, a=[1])); print(c3)
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1))
print(type({'b': 2} | defaultdict(int, a=1)).__name__, (defaultdict(int, a=1) | {'b': 2}).default_factory)
x = defaultdict(str); x |= {'q': 'r'}; print(x)
d = defaultdict(int); d.default_factory = list; d['z'].append(3); print(d)
d.default_factory = None; show(lambda: d['nope'])
print(d == {'z': [3]}, d.pop('z'), d.setdefault('s', 1), d)
r = defaultdict(list); r['me'] = r; print(r)


def factory():
    return 'v'


print(defaultdict(factory)['q'], repr(defaultdict(factory, k=1)).startswith('defaultdict(<function factory'))


class Sub(defaultdict):
    pass


s = Sub(int, a=1)
print(s, type(s.copy()).__name__, s['new'], s)
g = defaultdict(lambda: defaultdict(int)); g['x']['y'] += 2; print(dict(g['x']), list(g))
print(isinstance(d, dict), defaultdict.__missing__ is not None)
