def f(a, b=(x * 2 for x in range(3))):
    return list(b)
print(f(1), f(1))
def g(*, key=lambda v: -v):
    return sorted([1, 3, 2], key=key)
print(g(), g(key=None))
