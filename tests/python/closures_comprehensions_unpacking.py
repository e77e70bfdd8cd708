def f(x):
    def g(y):
        return x + y
    return g
fs = [f(i) for i in range(3)]
print([h(10) for h in fs])
fs = [lambda: i for i in range(3)]
print([h() for h in fs])
fs = [lambda i=i: i for i in range(3)]
print([h() for h in fs])
print([[i * j for j in range(3)] for i in range(3)])
n = 3
print([x for x in range(10) if x > n if x % 2])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print([*range(3), *"ab", 9])
print((*[1, 2],), {*[1, 1, 2]})
if (m := 10) > 5:
    print("walrus", m)
print([y for x in range(5) if (y := x * 2) > 4])
a = [1, 2, 3]
del a[0]
print(a)
class O: pass
o = O()
o.v = 1
del o.v
print(hasattr(o, "v"))
d = {"l": [1, 2]}
d["l"][0] += 100
print(d)
o.l = [1]
o.l[0] -= 1
print(o.l)
def side(v):
    print("side", v)
    return v
print(side(1) < side(2) < side(0) < side(5))
x = 5
def outer():
    def inner():
        global x
        x = 7
    inner()
outer()
print(x)
def deco(tag):
    def d(fn):
        def w(*a, **k):
            return tag + str(fn(*a, **k))
        return w
    return d
@deco("<")
@deco(">")
def val(a, b=1):
    return a + b
print(val(1, b=5))
s = "abc"
print(s[::-1], s[1:], s[:-1], s[::2])
t = 1, 2, 3
a, b, c = t
print(a + b + c)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print(sum(x * x for x in range(4)))
def kw(**kw):
    return sorted(kw.items())
print(kw(a=1, **{"b": 2}))
class P:
    def m(self, *a, **k):
        return a, k
p = P()
print(p.m(*[1, 2], **{"z": 3}))
print(p.m(1, x=2))
g = (i for i in range(3))
print(next(g), next(g), next(g), next(g, "end"))
