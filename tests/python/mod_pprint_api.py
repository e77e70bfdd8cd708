# pprint: the module functions, PrettyPrinter options, underscore_numbers, errors
import pprint, io
print(pprint.saferepr({'b': 1, 'a': [2, 3]}), pprint.saferepr('x'), pprint.saferepr(3.5))
print(pprint.isreadable({'a': 1}), pprint.isreadable(pprint), pprint.isrecursive([]))
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat([10**12, -5000, True, 2.5e10], underscore_numbers=True))
print(pprint.pformat({'n': 1000000}, underscore_numbers=False))
pprint.pp({'b': 1, 'a': 2})
pprint.pp({'b': 1, 'a': 2}, sort_dicts=True)
pprint.pp([1, 2], width=1)
s = io.StringIO()
pprint.pprint({'x': list(range(30))}, stream=s, width=30)
print(repr(s.getvalue()))
s = io.StringIO()
pprint.PrettyPrinter(stream=s, width=15).pprint([1, 2, 3, 4, 5, 6, 7, 8])
print(repr(s.getvalue()))
pprint.PrettyPrinter(indent=2).pprint(['abc', 'def'])
for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}, {'depth': -2}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError', e)
print(pprint.pformat(list(range(12)), width=-5))
class MyList(list):
    pass
class ReprList(list):
    def __repr__(self):
        return 'ReprList!'
class MyDict(dict):
    pass
print(pprint.pformat(MyList(range(30)), width=20), pprint.pformat(ReprList(range(30)), width=20))
print(pprint.pformat(MyDict(a=list(range(20))), width=20))
print(pprint.pformat({3: 1, 'a': 2, (1,): 3, 1.5: 4, None: 5}), pprint.pformat([object] * 0))
print(sorted(pprint.__all__))
for kw in ({'width': 2.5}, {'indent': 1.5}, {'width': '10'}, {'indent': '2'}, {'depth': 1.5}, {'width': True}):
    try:
        print(kw, repr(pprint.pformat([[1, 2], [3, 4, 5]], **kw)))
    except Exception as e:
        print(kw, type(e).__name__, e)
