def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2, k=3))
def g(a, *, key=None):
    return a, key
print(g(1, key=2))
args = [1, 2]
kw = {"k": 3}
print(f(*args, **kw))
