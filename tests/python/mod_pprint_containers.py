# pprint: dict, list, tuple nested at several widths, indent, depth, sort_dicts
import pprint
data = {'name': 'Moat', 'tags': ['sandbox', 'python', 'wasm'] * 3, 'nested': {'a': list(range(30)), 'b': {'c': (1, 2), 'd': None}},
        'z': 1.5, 'one': (7,), 'empty': [[], {}, ()], 'neg': -3, 10: [True, False, None]}
for width in (1, 10, 20, 30, 40, 60, 80, 120):
    print(width)
    print(pprint.pformat(data, width=width))
print(pprint.pformat(data, width=30, indent=4))
print(pprint.pformat(data, width=30, indent=0))
print(pprint.pformat(data, width=30, sort_dicts=False))
print(pprint.pformat(data, depth=1), pprint.pformat(data, depth=2))
print(pprint.pformat(data, width=20, depth=2))
print(pprint.pformat([[[[[1, 2, 3]]]], (((4,),),)], depth=3))
print(pprint.pformat(((1, 2, 3, 4, 5, 6, 7, 8, 9, 10),), width=10))
print(pprint.pformat({(1, 2): [3, 4], (0,): 'x', 'k': {'z': 1, 'a': 2}}, width=12))
print(pprint.pformat({1: 'a', 'b': 2, None: 3, 2.5: 4}, width=10))
pprint.pprint(list(range(25)), width=20)
pprint.pprint(data, indent=2, width=50, compact=True)
