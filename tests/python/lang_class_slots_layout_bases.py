# __slots__ layouts with several bases: the base that carries slots decides the instance layout
# (CPython's solid base), whichever position it has; two slot-carrying bases conflict.
class A:
    __slots__ = ()
class B:
    __slots__ = ("x",)
class C(B, A):
    __slots__ = ()
class E:
    __slots__ = ()
class D(E, C):
    __slots__ = ()
d = D()
d.x = 1
print(d.x, hasattr(d, "__dict__"))
class F(E, C):
    pass
f = F()
f.x = 2
f.y = 3
print(f.x, f.y, f.__dict__)
class X:
    __slots__ = ("a",)
class Y:
    __slots__ = ("b",)
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
class P:
    pass
class Q(P, B):
    pass
q = Q()
q.x = 5
q.z = 6
print(q.x, q.z, Q.__mro__[1:3])
class V:
    __slots__ = ()
class W:
    def __init__(self, m):
        self._m = m
class K(V, W):
    pass
k = K({})
print(k._m, k.__dict__)
for i in range(200):
    d = D(); d.x = [i]; f = F(); f.x = f; f.y = d
print("ok")
