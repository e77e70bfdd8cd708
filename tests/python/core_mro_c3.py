class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
print(Z.__bases__ == (K1, K2, K3), K1.__base__ is A)
class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
class M1:
    def who(self): return "M1"
class M2:
    def who(self): return "M2"
    def only2(self): return "only2"
class M(M1, M2): pass
m = M()
print(m.who(), m.only2())
print(issubclass(M, M2), isinstance(m, M1), M.__mro__[-1] is object)
