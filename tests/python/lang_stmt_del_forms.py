x = 1; del x
try:
    x
except NameError as e:
    print(e)
a = [1, 2, 3]; d = {"k": 1, "j": 2}
del a[0], d["k"]
print(a, d)
class C: pass
c = C(); c.v = 1; del c.v; print(hasattr(c, "v"))
p, q = 1, 2; del (p, q)
print("p" in dir())
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(e)
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
