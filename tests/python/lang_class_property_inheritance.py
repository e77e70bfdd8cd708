class Base:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class Child(Base):
    @Base.x.setter
    def x(self, v):
        print("child setter"); Base.x.fset(self, v * 10)
c = Child(); c.x = 2; print(c.x)
class Over(Base):
    @property
    def x(self): return "overridden"
try:
    Over().x = 1
except AttributeError as e:
    print(e)
print(Over().x)
