# pprint: set and frozenset are sorted when they do not fit
import pprint
for width in (5, 20, 40, 200):
    print(pprint.pformat(set(range(30, 0, -3)), width=width))
    print(pprint.pformat(frozenset(range(20)), width=width))
    print(pprint.pformat([set(range(25)), frozenset({5})], width=width))
    print(pprint.pformat({'s': set(range(12))}, width=width))
print(pprint.pformat(set()), pprint.pformat(frozenset()), pprint.pformat({1}, width=1), pprint.pformat(frozenset({2}), width=1))
