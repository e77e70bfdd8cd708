class Counted(type):
    count = 0
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        Counted.count += 1
class A(metaclass=Counted): pass
class B(A): pass
print(Counted.count, type(B).__name__)
T = type.__new__(type, "T", (), {})
type.__init__(T, "T", (), {})
print(T.__name__)
