print(isinstance(1, (str, (float, int))), isinstance("a", ()), issubclass(bool, (str, int)))
try: isinstance(1, 1)
except TypeError as e: print("TypeError:", e)
try: issubclass(1, int)
except TypeError as e: print("TypeError:", e)
try: issubclass(int, (int, 1))
except TypeError as e: print("TypeError:", e)
print(isinstance(1, (int, 1)))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == "magic"
    def __subclasscheck__(cls, sub): return sub is str
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(str, Magic), issubclass(int, Magic))
print(isinstance(Magic(), Magic))
print(type(Magic) is Meta, type(Meta) is type, isinstance(Magic, type))
class Reg(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        Reg.classes.append(name)
        return cls
    def __call__(cls, *a):
        print("meta call", a); return super().__call__(*a)
class X(metaclass=Reg):
    def __init__(self, v): self.v = v
class Y(X): pass
print(Reg.classes, X.made_by, Y(3).v)
print(isinstance(True, int), issubclass(bool, object), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, object), issubclass(type, object))
