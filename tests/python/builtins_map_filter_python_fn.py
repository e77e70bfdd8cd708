# map() and filter() with Python functions: lazy (infinite generators), StopIteration from the
# function ends the loop, an exception leaves the iterator usable, filter(None/bool/lambda).
def naturals():
    n = 0
    while True:
        yield n
        n += 1

m = map(lambda x: x * x, naturals())
print(type(m).__name__)
for v in m:
    if v > 30:
        break
    print("sq", v)
print("resumed", [next(m) for _ in range(2)])

def stop_at_3(x):
    if x == 3:
        raise StopIteration
    return x * 10

print([v for v in map(stop_at_3, range(6))])
print(list(map(stop_at_3, range(6))))

def boom(x):
    if x == 1:
        raise ValueError("bad %d" % x)
    return x

m = map(boom, [0, 1, 2, 3])
out = []
try:
    for v in m:
        out.append(v)
except ValueError as e:
    print(type(e).__name__, e, out)
print("after error", [v for v in m])

print(list(map(lambda a, b: a + b, naturals(), [10, 20, 30])))
print(list(map(lambda a, b, c: (a, b, c), "xy", naturals(), (x for x in "pqr"))))
print(sum(map(lambda x: x + 1, range(5))), tuple(map(str, (x for x in range(3)))))
print(list(filter(None, (x % 3 for x in range(7)))))
print(list(filter(bool, [0, "", "a", [], [1]])))
print(list(filter(lambda s: s.startswith("a"), ["ab", "b", "ac"])))
f = filter(lambda x: x % 2, naturals())
print([next(f) for _ in range(4)])
for v in filter(lambda x: x > 2, naturals()):
    print("first over 2:", v)
    break

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return -x

c = Counter()
print(sorted(map(c, [3, 1, 2])), c.calls)
print(list(map(Counter().__call__, [1])))
try:
    print(list(map(lambda: 1, [1])))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
