# collections and functools together
from collections import defaultdict, Counter, OrderedDict, deque, namedtuple, ChainMap
import functools, operator
d = defaultdict(list)
d['a'].append(1); d['b'].append(2); d['a'].append(3)
print(d, d['a'], len(d), 'z' in d)
dd = defaultdict(int)
for ch in "hello world": dd[ch] += 1
print(sorted(dd.items()))
c = Counter("abracadabra")
print(c, c.most_common(2), c['z'], c.total())
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c | c2, c & c2)
print(sorted(c.elements()))
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od, od.popitem(), od.popitem(last=False), od)
q = deque([1, 2, 3], maxlen=3)
q.append(4); q.appendleft(0); print(q, q.popleft(), q.pop(), q, len(q), q.maxlen)
q2 = deque(range(5)); q2.rotate(2); print(q2); q2.rotate(-1); print(q2)
try:
    deque().pop()
except IndexError as e:
    print(e)
P = namedtuple('Point', 'x y')
p = P(1, y=2)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]))
x, y = p
print(x, y, isinstance(p, tuple), p == (1, 2))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0])
print(P3(1, 2), P3(1, 2, 3))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(e)
p2 = functools.partial(int, base=2)
print(p2('1010'))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@functools.cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info().hits)
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello():
    "doc"
    return 1
print(hello.__name__, hello.__doc__, hello())
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)))
