# Dunders the VM runs as inline frames (o[k], `in`, for/iter/next, yield from, with):
# results, conversions and exceptions behave exactly as when C code calls them.
class A:
    def __getitem__(self, k):
        if k == "boom":
            raise KeyError(k)
        return k * 2
    def __contains__(self, k):
        return k
    def __iter__(self):
        return 5
a = A()
print(a[3], 1 in a, 0 in a, 0 not in a, [] in a, "" not in a)
try:
    a["boom"]
except KeyError as e:
    print("caught", repr(e))
for bad in (lambda: iter(a), lambda: [x for x in a]):
    try:
        bad()
    except TypeError as e:
        print(e)

class R:
    def __getitem__(self, k):
        return self[k + 1]
try:
    R()[0]
except RecursionError as e:
    print("rec", e)

class Bad:
    def __contains__(self, k):
        class X:
            def __bool__(self):
                raise ValueError("nobool")
        return X()
try:
    1 in Bad()
except ValueError as e:
    print(e)

class Store:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
        return "ignored"
    def __delitem__(self, k):
        self.log.append(("del", k))
s = Store()
s["a"] = 1
s["c"] = s.__setitem__("b", 2)
del s["a"]
print(s.log)

class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n
print(list(It(3)), [x for x in It(4)], sum(It(5)), {x for x in It(2)})
for x in It(2):
    for y in It(2):
        print(x, y)
    else:
        print("inner else")
def gen():
    r = yield from It(3)
    print("yield from value", r)
print(list(gen()))

class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def __missing__(self, k):
        return 0
d = D(a=1)
d["b"] = 5
print(d["a"], d["b"], d)

class W:
    def __init__(self, sup):
        self.sup = sup
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.sup
with W(True):
    raise KeyError("sup")
try:
    with W(False) as w:
        raise KeyError("nosup")
except KeyError as e:
    print("propagated", e)
with W(False) as w1, W(True) as w2:
    print(w1 is not w2)

class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())

class Caller:
    def __call__(self, *a, **k):
        return a, sorted(k.items())
c = Caller()
print(c(1, 2, x=3), c(*[4], **{"y": 5}))

class Nxt:
    def __next__(self):
        raise ValueError("in next")
class Itr:
    def __iter__(self):
        return Nxt()
for x in Itr():
    pass
