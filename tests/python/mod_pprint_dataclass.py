# pprint: dataclasses (generated repr) print their fields; SimpleNamespace and mappingproxy
import pprint
from dataclasses import dataclass, field
from types import SimpleNamespace, MappingProxyType

@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
    hidden: str = field(default='secret', repr=False)

@dataclass
class Own:
    a: list
    def __repr__(self):
        return 'Own(...)'

class Sub(Point):
    pass

p = Point(1, 2, ['alpha', 'beta', 'gamma'] * 3)
for width in (10, 30, 60, 200):
    print(pprint.pformat(p, width=width))
    print(pprint.pformat([p, Point(3, 4)], width=width))
    print(pprint.pformat(Own(list(range(40))), width=width))
    print(pprint.pformat(Sub(5, 6, list(range(20))), width=width))
    ns = SimpleNamespace(alpha=list(range(12)), beta='text ' * 6, gamma={'k': (1, 2)})
    print(pprint.pformat(ns, width=width))
    mp = MappingProxyType({'b': list(range(15)), 'a': 'z' * 20})
    print(pprint.pformat(mp, width=width))
print(pprint.pformat(SimpleNamespace(), width=1), pprint.pformat(Point(0, 0), width=1))
