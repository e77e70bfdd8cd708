# functools.partial repr/attrs/call merging, reduce, update_wrapper/wraps, cached_property
from functools import partial, reduce, wraps, update_wrapper, cached_property, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
def f(a, b=2, *, c=3):
    return (a, b, c)
p = partial(f, 1, c=4)
print(p(), p(5), p(c=9), p.func is f, p.args, p.keywords)
print(repr(p).replace(hex(id(f)), "ADDR"))
print(repr(partial(len)), repr(partial(max, 1, 2, key=abs)))
pp = partial(p, 7, c=8)
print(pp(), pp.func is f, pp.args, pp.keywords)
class MyP(partial):
    pass
print(repr(MyP(len, "ab")), MyP(len, "ab")())
try:
    partial(1)
except TypeError as e:
    print(e)
try:
    partial()
except TypeError as e:
    print(type(e).__name__)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 7), reduce(max, [3], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def deco(fn):
    @wraps(fn)
    def w(*a):
        return fn(*a)
    return w
@deco
def named(x):
    "the doc"
    return x
named.__dict__['extra'] = 1
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(4), WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
def target():
    pass
target.attr = 5
def wrapper():
    pass
r = update_wrapper(wrapper, target)
print(r is wrapper, wrapper.attr, wrapper.__wrapped__ is target, wrapper.__qualname__)
class NoName:
    def __call__(self):
        pass
def w2():
    pass
update_wrapper(w2, NoName())
print(w2.__name__)
class CP:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        "cp doc"
        self.n += 1
        return self.n * 10
c = CP()
print(c.val, c.val, c.n, CP.val.__doc__, type(CP.val).__name__, CP.val.attrname)
del c.val
print(c.val)
