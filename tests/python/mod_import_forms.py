# import statement forms, aliases, the module cache and module attributes
import math
import math as m
import itertools, functools as ft
from math import sqrt, floor as fl
from collections import deque as dq, Counter
import os.path
import os.path as osp

print(m is math, math.__name__, m.__name__, type(math).__name__)
print(sqrt(9), fl(2.7), ft.reduce(lambda a, b: a + b, [1, 2, 3]))
print(dq([1, 2]), Counter("aab")["a"])
print(os.path is osp, osp.join("a", "b"))
import math
print(math is m)


def f():
    import json
    from string import digits
    return json.dumps([digits])


print(f())
print("json" in dir(), "digits" in dir())


class K:
    import operator
    from operator import add


print(K.operator.mul(3, 4), K.add(1, 2))
print(hasattr(math, "pi"), getattr(math, "tau") > 6)
math.answer = 42
import math as again
print(again.answer)
print(sorted(n for n in dir(math) if not n.startswith("_"))[:5])
