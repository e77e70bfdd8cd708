# pprint: subclasses of the supported types, UserString, a dataclass that contains itself
import pprint
from collections import OrderedDict, Counter, defaultdict, deque, UserString
from dataclasses import dataclass
from types import SimpleNamespace

class OD(OrderedDict):
    pass
class C(Counter):
    pass
class DD(defaultdict):
    pass
class DQ(deque):
    pass
class S(str):
    pass
class B(bytes):
    pass
class FS(frozenset):
    pass
class NS(SimpleNamespace):
    pass
class I(int):
    pass
class T(tuple):
    pass

@dataclass
class Node:
    name: str
    children: list

for width in (12, 40, 200):
    print(pprint.pformat(OD(a=list(range(10)), b='x' * 20), width=width))
    print(pprint.pformat(C('mississippi river'), width=width))
    print(pprint.pformat(DD(int, {'k': list(range(12))}), width=width))
    print(pprint.pformat(DQ(range(15), 20), width=width))
    print(pprint.pformat(S('some words in a str subclass'), width=width))
    print(pprint.pformat(B(b'bytes subclass bytes'), width=width))
    print(pprint.pformat(FS(range(12)), width=width))
    print(pprint.pformat(NS(a=list(range(10)), b='q' * 15), width=width))
    print(pprint.pformat([I(12345678), T((1, 2, 3)), T(range(20))], width=width, underscore_numbers=True))
    print(pprint.pformat(UserString('a user string with words'), width=width))
    n = Node('root', [])
    n.children.append(n)
    n.children.append(Node('leaf' * 5, list(range(6))))
    print(pprint.pformat(n, width=width).replace(str(id(n)), 'ID'))
