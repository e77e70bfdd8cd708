# collections types together with copy, json, unpacking, sorting and the ABCs; less common
# arguments (UserString arguments to str methods, deque re-initialised, namedtuple defaults).
from collections import *
from collections.abc import *
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict(a=1, b=2)
show(lambda: (od == od.copy(), od.keys() == OrderedDict(b=0, a=0).keys(), 'a' in od.keys(), len(od.values()), od.items() & {('a', 1)}))
show(lambda: (sorted(od.keys() | {'z'}), od.keys() - {'a'}, list(od.keys())[::-1], od.keys().isdisjoint({'q'}), isinstance(od.keys(), KeysView)))
show(lambda: ((2 in od.values()), ('b', 2) in od.items(), type(od.items()).__name__, od.values() == od.values()))
show(lambda: Counter({'a': 'x', 'b': 1}))
show(lambda: Counter(a=2) + Counter())
show(lambda: Counter('abc') - Counter('abcd'))
show(lambda: namedtuple('P', 'x y').__new__.__qualname__)
P = namedtuple('P', 'x y', defaults=(0,))
show(lambda: (P(y=2, x=1), P(5), P._field_defaults, P.__new__.__defaults__, P.__doc__))
show(lambda: P.__new__.__doc__)
d = deque([1, 2, 3], 5); d.__init__('ab'); show(lambda: (d, d.maxlen))
us = UserString('a,b,,c')
show(lambda: (us.split(','), us.format(), us.rsplit(',', 1), us.partition(','), us.count(UserString(',')), us.find(UserString('b'))))
show(lambda: (us.replace(UserString(','), '-'), type(us.replace(',', '-')).__name__, us.center(10, '*'), us.endswith((',c', 'x'))))
show(lambda: (UserString('a') < UserString('b'), 'b' > UserString('a'), UserString('x') + UserString('y'), 'p' + UserString('q')))
show(lambda: (UserList([1, 2]) + UserList([3]), UserList([1]) + (2,), (0,) + UserList([1]) if False else 0, UserList([3, 1]).sort()))
show(lambda: copy.copy(UserList([1, [2]])))
show(lambda: copy.deepcopy(UserDict(a=[1])))
show(lambda: copy.copy(deque([1, 2], 3)))
show(lambda: copy.deepcopy(Counter(a=1)))
show(lambda: copy.deepcopy(ChainMap({'a': [1]}, {'b': 2})))
show(lambda: copy.copy(namedtuple('Q', 'a')(1)))
show(lambda: (isinstance(UserString('x'), Sequence), isinstance(UserList(), MutableSequence), isinstance(UserDict(), MutableMapping)))
show(lambda: (Counter(a=3) & Counter(a=1, b=2), Counter(a=-1) | Counter(b=-2), +Counter(a=0)))
show(lambda: sorted(Counter('hello world').elements()))
show(lambda: Counter('aabbb').most_common(1.5) if False else Counter('aabbb').most_common(1))
show(lambda: (deque(range(5))[2], deque(range(5)).index(3, 1, 4), deque([1, 2]) * 0, deque(range(3)) == deque(range(3), 2)))
show(lambda: deque(range(3)).index(2, 0, 2))
show(lambda: defaultdict(list, {1: [2]}).copy())
show(lambda: OrderedDict(OrderedDict(b=1, a=2)))
show(lambda: dict(OrderedDict(b=1, a=2)))
show(lambda: list(ChainMap({'a': 1}, {'b': 2}).items()))
show(lambda: ChainMap({'a': 1}).new_child({'b': 2}).parents.parents)
show(lambda: [x for x in reversed(deque('abc'))])
import json
show(lambda: json.dumps(OrderedDict(b=1, a=2)))
show(lambda: json.dumps(Counter('aab')))
show(lambda: json.dumps(defaultdict(int, x=1)))
show(lambda: {**OrderedDict(b=1, a=2), **Counter('z')})
show(lambda: sorted(OrderedDict(b=1, a=2)))
show(lambda: max(Counter('abbccc'), key=Counter('abbccc').get))
