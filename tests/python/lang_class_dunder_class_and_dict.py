class C:
    """Doc."""
    a = 1
    def m(self): return __class__.__name__
c = C()
print(c.__class__ is C, C.__name__, C.__doc__, C.__module__, c.m(), "a" in C.__dict__)
c.__dict__["z"] = 5; print(c.z, c.__dict__)
print(C.m(c), type(c.m).__name__, c.m.__self__ is c, c.m.__func__ is C.m)
class Empty: pass
print(Empty.__doc__, Empty.__bases__, object.__bases__)
print(int.__name__, type(None).__name__, (1).__class__.__name__)
