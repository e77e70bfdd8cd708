class C:
    a = 1
class D(C): pass
print(type(C.__dict__).__name__, C.__dict__["a"], "a" in C.__dict__)
try:
    C.__dict__["b"] = 2
except TypeError as e:
    print(e)
print(sorted(k for k in D.__dict__ if not k.startswith("__")), "a" in D.__dict__, D.a)
C.b = 3
print(C.__dict__["b"], len(C.__dict__) == len(dict(C.__dict__)))
try:
    del C.__dict__["a"]
except TypeError as e:
    print(e)
