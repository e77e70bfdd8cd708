def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1.__closure__ is not None, len(c1.__closure__))
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def shared():
    x = 1
    def get(): return x
    def setx(v):
        nonlocal x
        x = v
    return get, setx
g, s = shared(); s(99); print(g())
def outer():
    def inner():
        return y
    y = "defined later"
    return inner()
print(outer())
