def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], *(4,), x=1, **{"y": 2}, **{"z": 3}))
def g(a, b, c):
    return a + b + c
print(g(*"abc"), g(**{"c": "z", "a": "x", "b": "y"}), g(1, *[2], **{"c": 3}))
try:
    g(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
