def f(**kw): return list(kw.items())
print(f(b=1, a=2, **{"z": 3}, c=4))
def g(a, *args, b, **kw): return a, args, b, kw
print(g(1, 2, 3, b=4, c=5))
try:
    g(1, a=2, b=3)
except TypeError as e:
    print(e)
def h(*, only): return only
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
def many(a, b, c, d): pass
try:
    many(1)
except TypeError as e:
    print(e)
