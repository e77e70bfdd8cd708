class C:
    a = 1
class D(C): pass
class E(C): pass
print(type(C.__dict__).__name__, C.__dict__["a"], "a" in C.__dict__)
try:
    C.__dict__["b"] = 2
except TypeError as e:
    print(e)
print([k.__name__ for k in C.__subclasses__()], D.__subclasses__())
