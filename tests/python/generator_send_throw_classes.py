def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
def gen2():
    while True:
        try:
            x = yield
        except ValueError:
            print("got VE")
            yield "recovered"
g = gen2()
next(g)
print(g.throw(ValueError))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
print(list(Counter(3)))
def g3():
    x = yield 1
    print("sent", x)
    y = yield 2
    return x + y
it = g3()
print(next(it))
print(it.send(10))
try:
    it.send(5)
except StopIteration as e:
    print("stop", e.value)
class A:
    x = 1
    def __repr__(self):
        return "A()"
    def __eq__(self, other):
        return isinstance(other, A)
    def __len__(self):
        return 3
print(A(), A() == A(), len(A()), A.x)
class B(A):
    x = 2
    def __init__(self):
        super().__init__()
        self.y = 3
print(B().x, B().y, B.__name__, B.__qualname__, B.__mro__ if False else "")
class C:
    count = 0
    def __init__(self):
        C.count += 1
C(); C()
print(C.count)
class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
p = Prop()
p.v = 5
print(p.v)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 42)
except E as e:
    print(e, e.code, e.args)
def outer():
    class Inner:
        def m(self):
            return __class__.__name__
    return Inner().m()
print(outer())
