def f(a, b=[], c=len("abc")):
    b.append(a)
    return b, c
print(f(1), f(2), f([]))
print(f.__defaults__)
def g(x, y=None, *, z=5):
    return x, y, z
print(g.__defaults__, g.__kwdefaults__, g(1, z=9))
