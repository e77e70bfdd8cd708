def f(cls): return cls.__name__
class C:
    m = classmethod(f)
    s = staticmethod(len)
print(C.m(), C().m(), C.s("abc"), isinstance(C.__dict__["m"], classmethod))
