def m(self): return "m of " + type(self).__name__
Dyn = type("Dyn", (object,), {"x": 5, "m": m})
d = Dyn()
print(Dyn.__name__, d.x, d.m(), type(d) is Dyn, type(Dyn), type(1), type("s"), type(None), type(type))
Sub = type("Sub", (Dyn,), {})
print(Sub().m(), Sub.__mro__[1].__name__, Sub.__qualname__)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
