# functools.lru_cache/cache: hits/misses, eviction, typed, kwargs, cache_info/cache_clear, errors
from functools import lru_cache, cache, wraps
calls = []
@lru_cache(maxsize=2)
def f(x, y=0):
    "doc f"
    calls.append((x, y))
    return x + y
print(f(1), f(1), f(2), f(3), f(1), f.cache_info())
print(calls, f.__name__, f.__doc__, f.__wrapped__.__name__)
info = f.cache_info()
print(type(info).__name__, info.hits, info.misses, info.maxsize, info.currsize, info._fields, tuple(info))
f.cache_clear()
print(f.cache_info(), f.cache_parameters())
calls.clear()
f(1, y=2); f(1, 2); f(x=1, y=2); f(y=2, x=1)
print(len(calls), f.cache_info())
@lru_cache(typed=True)
def g(x):
    return type(x).__name__
print(g(1), g(1.0), g(True), g.cache_info(), g.cache_parameters())
@lru_cache
def h(x):
    return x * 2
print(h(2), h(2), h.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq.cache_info(), sq.cache_parameters())
@lru_cache(maxsize=0)
def z(x):
    calls.append(x)
    return x
calls.clear()
z(1); z(1)
print(calls, z.cache_info())
@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print(e)
try:
    f([1])
except TypeError as e:
    print(e)
@lru_cache(maxsize=3)
def e(x):
    if x < 0:
        raise ValueError("neg")
    return x
try:
    e(-1)
except ValueError:
    pass
print(e.cache_info())
class C:
    @lru_cache
    def m(self, x):
        return (id(self) != 0, x)
c = C()
print(c.m(1), c.m(1), C.m.cache_info())
print(f(1) == 1, type(lru_cache(maxsize=4)).__name__ in ('function',))
@lru_cache(maxsize=2)
def lr(x):
    calls.append(x)
    return x
calls.clear()
lr(1); lr(2); lr(1); lr(3); lr(2); lr(1)
print(calls, lr.cache_info())
