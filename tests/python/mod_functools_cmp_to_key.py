# functools.cmp_to_key: key objects compare through the cmp function; unhashable; errors
from functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
def rev(a, b):
    return b - a
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted([3, 1, 2], key=cmp_to_key(rev)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(cmp)
a, b = K(1), K(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, K(2) == b, K(2) <= b, K(2) >= b)
print(a.obj, b.obj, callable(K))
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    a < 1
except TypeError as e:
    print(e)
print(K(obj=3).obj, type(K) is type(a), repr(a)[:25])
try:
    a.foo = 1
except AttributeError as e:
    print(e)
print(max([1, 5, 3], key=cmp_to_key(rev)), min([1, 5, 3], key=cmp_to_key(rev)))
try:
    K()
except TypeError as e:
    print(type(e).__name__)
class W:
    def __init__(self, v):
        self.v = v
print([w.v for w in sorted([W(2), W(1)], key=cmp_to_key(lambda x, y: x.v - y.v))])
calls = []
def logcmp(x, y):
    calls.append((x, y))
    return 0
k = cmp_to_key(logcmp)
print(k(1) == k(2), calls)
try:
    sorted([1, 2], key=cmp_to_key(lambda x, y: None))
except TypeError as e:
    print(e)
