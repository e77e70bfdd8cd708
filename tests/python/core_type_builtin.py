print(type(1), type("s"), type(None), type(type), type(len), type([].append))
def m(self): return "m " + self.x
T = type("T", (), {"x": "hello", "m": m})
print(T.__name__, T().m(), T.__bases__, T.__module__)
U = type("U", (T,), {"y": 2, "__repr__": lambda self: "U!"})
print(U(), U().m(), U.__mro__ == (U, T, object))
try: type("X", 1, {})
except TypeError as e: print("TypeError:", e)
try: type("X", (), 1)
except TypeError as e: print("TypeError:", e)
try: type(1, (), {})
except TypeError as e: print("TypeError:", e)
try: type("a", "b")
except TypeError as e: print("TypeError:", e)
try: type()
except TypeError as e: print("TypeError:", e)
try:
    class Z(1): pass
except TypeError as e: print("TypeError:", e)
try:
    class Q(bool): pass
except TypeError as e: print("TypeError:", e)
class A: pass
try:
    class B(A, 5): pass
except TypeError as e: print("TypeError:", e)
print(type.__name__, type(object), object.__bases__, int.__mro__)
V = type("V", (int,), {})
print(V(5) + 1, isinstance(V(2), int))
print(type(T) is type, T.__dict__["x"])
class M(type): pass
W = M("W", (), {})
print(type(W).__name__, W.__class__.__name__)
