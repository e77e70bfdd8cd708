class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["via_meta"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta): pass
D = type("D", (Base,), {"x": 1})
print(type(D).__name__, D.via_meta, D.x, isinstance(D, Meta))
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try: type("C", (A, B), {})
except TypeError as e: print("TypeError:", e)
try:
    class C(A, B): pass
except TypeError as e: print("TypeError:", e)
class Sub(M1): pass
class E(metaclass=Sub): pass
F = type("F", (A, E), {})
print(type(F).__name__)
class N:
    def __neg__(self): return NotImplemented
    def __pos__(self): return "pos"
print(-N(), +N())
try: ~N()
except TypeError as e: print("TypeError:", e)
from collections.abc import Mapping
try:
    M2 = type("M2", (Mapping,), {})
    print(type(M2) is type(Mapping))
except Exception as e: print(type(e).__name__)
