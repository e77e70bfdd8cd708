class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting"); self._c = None
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f)
try: t.c = -300
except ValueError as e: print("ValueError:", e)
del t.c
print(t.c)
try: t.f = 3
except AttributeError as e: print("AttributeError:", e)
try: del t.f
except AttributeError as e: print("AttributeError:", e)
print(Temp.c.__doc__, type(Temp.c).__name__)
print(Temp.c.fget is not None, Temp.f.fset)
class P:
    def getx(self): return self._x
    def setx(self, v): self._x = v * 2
    x = property(getx, setx, None, "the x")
p = P(); p.x = 4; print(p.x, P.x.__doc__)
class Child(Temp):
    @Temp.c.getter
    def c(self): return "child " + str(self._c)
ch = Child(); ch.c = 5; print(ch.c)
