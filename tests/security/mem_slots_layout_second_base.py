# expect: output 1
# cpython: same
# A slot inherited through a second base once had its offset outside the instance (SIGSEGV).
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
print(d.x)
