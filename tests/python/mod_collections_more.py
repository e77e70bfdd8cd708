from collections import Counter, deque, OrderedDict, defaultdict, namedtuple
c = Counter(['a', 'b', 'a', 'c', 'a', 'b'])
print(c.most_common(), c.most_common(1), list(c.elements()), c.total())
c.update("zz"); c.subtract({'a': 5}); print(c, +c, -c)
c2 = Counter(x=2); c2 += Counter(x=1, y=3); print(c2)
print(Counter('abc') == Counter('cba'), Counter() == Counter(), len(Counter('hello')))
del c2['nope']; print(c2['nope'])
d = deque('abc'); d.extendleft('xy'); print(d, d[0], d[-1], 'a' in d, list(reversed(d)))
d.rotate(1); print(d); d.remove('x'); print(d, d.index('b'), d.count('a'))
d.clear(); print(d, len(d), bool(d))
d3 = deque(range(10), maxlen=3); print(d3, d3.maxlen); d3.extend([10, 11]); print(d3)
od = OrderedDict(); od['z'] = 1; od['a'] = 2; od.move_to_end('z'); print(list(od), od)
od.move_to_end('z', last=False); print(list(od.items()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
dd = defaultdict(lambda: 'missing'); print(dd['k'], dict(dd))
nested = defaultdict(lambda: defaultdict(int)); nested['a']['b'] += 1; print(nested['a']['b'])
dn = defaultdict(); print(dn.default_factory)
try:
    dn['x']
except KeyError as e:
    print('KeyError', e)
Emp = namedtuple('Emp', ['name', 'dept', 'salary'])
es = [Emp('a', 'x', 3), Emp('b', 'y', 1), Emp('c', 'x', 2)]
print(sorted(es, key=lambda e: e.salary)[0], max(es, key=lambda e: e.salary).name)
print(Emp._fields, es[0]._asdict(), len(es[0]), es[0][1:], hash(es[0]) == hash(('a', 'x', 3)))
for bad in [lambda: Emp(1, 2), lambda: Emp(1, 2, 3, 4), lambda: namedtuple('X', 'a a'), lambda: namedtuple('X', 'def x'), lambda: es[0]._replace(nope=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]))
deque().popleft()
