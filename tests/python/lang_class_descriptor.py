class Typed:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError("need int")
        setattr(obj, self.name, v)
class M:
    age = Typed()
m = M(); m.age = 3; print(m.age, type(M.age).__name__)
try:
    m.age = "x"
except TypeError as e:
    print(e)
