# pprint: OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList
import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList
od = OrderedDict((k, list(range(k))) for k in (5, 3, 8, 1))
dd = defaultdict(list, {'b': [1, 2, 3] * 4, 'a': ['x', 'y'] * 5})
c = Counter('abracadabra simsalabim hocus pocus')
cm = ChainMap({'a': 1, 'b': list(range(12))}, {'c': 'x' * 30}, {})
dq = deque(range(30))
dqm = deque(range(30), maxlen=40)
ud = UserDict({'z': list(range(15)), 'a': 'y' * 20})
ul = UserList([list(range(10)), 'abc' * 10])
for width in (10, 30, 50, 80, 200):
    for obj in (od, dd, c, cm, dq, dqm, ud, ul):
        print(pprint.pformat(obj, width=width))
    print(pprint.pformat([od, dd, c], width=width, depth=2))
for empty in (OrderedDict(), defaultdict(int), Counter(), ChainMap(), ChainMap({}), deque(), deque(maxlen=3), UserDict(), UserList()):
    print(pprint.pformat(empty, width=1))
print(pprint.pformat(deque([1, 2], maxlen=2), width=1))
print(pprint.pformat(ChainMap(), width=1, indent=4), pprint.pformat(ChainMap({}), width=1, indent=3), pprint.pformat(ChainMap({}, {}), width=1, indent=2))
