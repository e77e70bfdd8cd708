# json in C: dumps/JSONEncoder option combinations, the types CPython's encoder accepts (subclasses
# of int/float/str/list/tuple/dict, IntEnum members, dict keys of every allowed type), default(),
# circular references, deep nesting and every error message on the way.
import itertools
import json
from enum import Enum, IntEnum


class Color(IntEnum):
    RED = 1
    BLUE = 2


class Shape(Enum):
    SQUARE = 'sq'


class MyStr(str):
    def __str__(self):
        return 'STR'

    def __repr__(self):
        return 'REPR'


class MyInt(int):
    def __repr__(self):
        return 'REPR'


class MyFloat(float):
    def __repr__(self):
        return 'REPR'


class MyList(list):
    def __iter__(self):
        return iter(['iter'])


class MyTuple(tuple):
    pass


class MyDict(dict):
    def items(self):
        return [('items', 1)]


class Plain:
    def __init__(self, v):
        self.v = v


doc = {'b': [1, 2.5, None, True, False, 'x\u00e9\n'], 'a': {'z': [], 'y': {}, 'x': [{}]}, 'c': (1, (2,)),
       'd': 'é"\\/'}
opts = {'sort_keys': [False, True], 'indent': [None, 0, 3, '--'], 'separators': [None, (',', ':'), ('; ', '=')],
        'ensure_ascii': [True, False]}
for values in itertools.product(*opts.values()):
    kw = dict(zip(opts, values))
    print(kw, ascii(json.dumps(doc, **kw)))
    assert json.JSONEncoder(**kw).encode(doc) == json.dumps(doc, **kw)

values = [Color.RED, MyStr('s"'), MyInt(7), MyFloat(2.5), MyList([1, 2]), MyTuple((3, 4)), MyDict(a=2),
          [Color.BLUE, Shape.SQUARE.value], 10 ** 30, -10 ** 30, 1e300, 1e-300, -0.0, 2.0 ** 53, 0.1 + 0.2, True]
for v in values:
    print(type(v).__name__, json.dumps(v), json.dumps([v], indent=1))
print(json.dumps({Color.RED: 1, MyStr('k'): 2, MyInt(3): 3, MyFloat(4.5): 4, 1.5: 5, True: 6, False: 7, None: 8,
                  10 ** 20: 9, -0.0: 10, float('inf'): 11, float('-inf'): 12}))
print(json.dumps({2: 'a', 1: 'b', 3: 'c'}, sort_keys=True), json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=2))
print(json.dumps({(1,): 1, 'a': 2, object(): 3, 'b': 4}, skipkeys=True),
      json.dumps({(1,): 1, 'a': 2}, skipkeys=True, indent=2), json.dumps({(1,): 1}, skipkeys=True))
print(json.dumps([Plain(1), {'p': Plain(2)}], default=lambda o: {'v': o.v}))
print(json.dumps(Plain(3), default=lambda o: [o.v, o.v * 2], indent=1))
print(json.dumps([float('nan'), float('inf'), -float('inf')]), json.dumps(float('nan'), indent=2))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([{2, 1}]), Enc().iterencode is not None)
print(''.join(json.JSONEncoder().iterencode([1, 'a'])), json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}))
print(json.dumps('plain', indent=2.5), json.dumps('\u2028\x7f\x00', ensure_ascii=False) == '"\u2028\x7f\\u0000"')

cyc_list = [1]
cyc_list.append(cyc_list)
cyc_dict = {}
cyc_dict['self'] = [cyc_dict]
same = [1, 2]
shared = [same, same, {'k': same}]
print(json.dumps(shared))
errors = [
    lambda: json.dumps(cyc_list), lambda: json.dumps(cyc_dict), lambda: json.dumps(cyc_list, indent=1),
    lambda: json.dumps(Plain(1), default=lambda o: o), lambda: json.dumps([Plain(1)]),
    lambda: json.dumps({'a': Plain(1)}, indent=2), lambda: json.dumps(float('nan'), allow_nan=False),
    lambda: json.dumps([1, float('inf')], allow_nan=False), lambda: json.dumps([float('-inf')], allow_nan=False, indent=1),
    lambda: json.dumps({float('nan'): 1}, allow_nan=False), lambda: json.dumps({float('inf'): 1}, allow_nan=False, indent=1),
    lambda: json.dumps({(1, 2): 3}), lambda: json.dumps({(1, 2): 3}, indent=1), lambda: json.dumps({b'k': 3}),
    lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True), lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True, indent=1),
    lambda: json.dumps(b'bytes'), lambda: json.dumps({1, 2}), lambda: json.dumps(1 + 2j),
    lambda: json.dumps([1], indent=2.5), lambda: json.dumps({}, indent=2.5), lambda: json.dumps([1], separators=(1, 2)),
    lambda: json.dumps([1], separators=(',', 2)), lambda: json.dumps([1, 2], separators=(1, ':'), indent=1),
    lambda: json.dumps([1], separators=(',',)), lambda: json.dumps([1], separators=(',', ':', '')),
    lambda: json.dumps([1], bogus=True), lambda: json.dumps(10 ** 5000), lambda: json.dumps({10 ** 5000: 1}),
    lambda: json.dumps([1], default=lambda o: 1 / 0), lambda: json.dumps([Plain(1)], default=lambda o: 1 / 0),
    lambda: json.dumps(Plain(1), default=None), lambda: json.dumps(Shape.SQUARE),
]
for i, f in enumerate(errors):
    try:
        print(i, ascii(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
print(json.dumps(cyc_list[:1], check_circular=False))
for n in (100, 900, 5000):
    deep = []
    for _ in range(n):
        deep = [deep]
    for kw in ({}, {'indent': 1}):
        try:
            text = json.dumps(deep, **kw)
            print(n, kw, len(text), text.count('['))
        except RecursionError as e:
            print(n, kw, type(e).__name__)
for n in (100, 5000):
    deep = {}
    for _ in range(n):
        deep = {'k': deep}
    try:
        print(n, len(json.dumps(deep)))
    except RecursionError as e:
        print(n, type(e).__name__, e)
