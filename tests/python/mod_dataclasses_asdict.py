# dataclasses: asdict/astuple recursion, factories, replace, make_dataclass, is_dataclass
from dataclasses import dataclass, field, asdict, astuple, replace, make_dataclass, is_dataclass, fields, InitVar
from collections import namedtuple, OrderedDict, defaultdict
NT = namedtuple('NT', 'a b')
@dataclass
class In:
    v: int
    l: list = field(default_factory=list)
@dataclass
class Out:
    i: In
    items: list
    d: dict
    t: tuple
    n: NT
    s: str = "s"
o = Out(In(1, [In(2)]), [In(3), 4, [In(5)]], {'k': In(6), In(7).v: (In(8),)}, (In(9), 1), NT(In(10), 2))
d = asdict(o)
print(d)
print(type(d['n']).__name__, d['n'].a, type(d['t']).__name__)
t = astuple(o)
print(t)
print(asdict(In(1), dict_factory=OrderedDict))
print(asdict(In(1), dict_factory=lambda kv: sorted(kv, reverse=True)))
print(astuple(In(1, [1, 2]), tuple_factory=list))
x = In(1, [1])
d2 = asdict(x)
d2['l'].append(9)
print(x.l)
od = OrderedDict([('a', [In(1)])])
r = asdict(Out(In(0), [], od, (), NT(1, 2)))
print(type(r['d']).__name__, r['d'])
for bad in (In, 1, [In(1)]):
    try:
        asdict(bad)
    except TypeError as e:
        print(e)
    try:
        astuple(bad)
    except TypeError as e:
        print(e)
print(replace(In(1, [2]), v=5))
try:
    replace(In(1), q=1)
except TypeError as e:
    print(e)
@dataclass
class R:
    a: int
    b: int = field(init=False, default=0)
    c: InitVar[int] = 0
    def __post_init__(self, c):
        self.b = c
try:
    replace(R(1), b=2)
except ValueError as e:
    print(e)
try:
    replace(R(1, 3))
except ValueError as e:
    print(e)
print(replace(R(1, 3), c=4))
try:
    replace(1)
except TypeError as e:
    print(e)
MD = make_dataclass('MD', ['a', ('b', int), ('c', list, field(default_factory=list))], namespace={'f': lambda self: self.a})
m = MD(1, 2)
print(m, m.f(), [(x.name, x.type) for x in fields(MD)], MD.__name__, MD.__qualname__)
MD2 = make_dataclass('MD2', [('x', int)], bases=(MD,), frozen=True, order=True) if False else make_dataclass('MD2', [('x', int, 0)], order=True)
print(MD2() < MD2(1), MD2(3))
for bad in ([1], ['a', 'a'], ['for'], [('a', int, 1, 2)]):
    try:
        make_dataclass('Z', bad)
    except TypeError as e:
        print(e)
print(is_dataclass(MD), is_dataclass(m), is_dataclass(int), is_dataclass(In(1).l))
