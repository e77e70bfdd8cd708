class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S(A):
    __slots__ = ("x",)
a = A(); a.v = 1
a.__class__ = B
print(type(a).__name__, a.who(), a.v, isinstance(a, B))
for target in [S, int, 5]:
    try: a.__class__ = target
    except TypeError as e: print("TypeError:", e)
try: del a.__class__
except TypeError as e: print("TypeError:", e)
try: (1).__class__ = bool
except TypeError as e: print("TypeError:", e)
class T(str): pass
class U(str): pass
t = T("q"); t.k = 3; t.__class__ = U; print(type(t).__name__, t, t.k)
try: A.__name__ = 5
except TypeError as e: print("TypeError:", e)
try: int.__name__ = "x"
except TypeError as e: print("TypeError:", e)
try: A.__qualname__ = 5
except TypeError as e: print("TypeError:", e)
try: del A.__name__
except TypeError as e: print("TypeError:", e)
A.__name__ = "Z"; A.__module__ = "m"; A.__qualname__ = "Q.Z"
print(A, A.__name__, A.__doc__, A().who())
A.__doc__ = "d"; print(A.__doc__)
try: int.__module__ = "x"
except TypeError as e: print("TypeError:", e)
try: int.foo = 1
except TypeError as e: print("TypeError:", e)
