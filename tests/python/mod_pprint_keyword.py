# pprint (CPython source) and keyword
import pprint, keyword
data = {'name': 'Moat', 'tags': ['sandbox', 'python', 'wasm'] * 3, 'nested': {'a': list(range(30)), 'b': {'c': (1, 2), 'd': None}}, 'z': 1.5}
pprint.pprint(data)
pprint.pprint(data, width=40, sort_dicts=False)
print(pprint.pformat([1, 2, 3]), pprint.pformat(list(range(40)), compact=True))
pprint.pp({'b': 1, 'a': 2})
print(keyword.iskeyword('for'), keyword.iskeyword('foo'), len(keyword.kwlist), keyword.issoftkeyword('match'))
