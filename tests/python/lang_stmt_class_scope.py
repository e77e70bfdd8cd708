x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]
    z = x
    def m(self): return x
print(C.y, C.z, C().m())
class D:
    a = 1
    b = a + 1
    items = [a * i for i in range(3)] if False else None
print(D.b)
def f():
    v = "enclosing"
    class E:
        w = v
        def m(self): return v
    return E.w, E().m()
print(f())
