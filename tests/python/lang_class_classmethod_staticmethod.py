class C:
    n = 3
    @classmethod
    def cm(cls, x): return (cls.__name__, cls.n, x)
    @staticmethod
    def sm(x, y=1): return x + y
class D(C):
    n = 4
print(C.cm(1), D.cm(2), D().cm(3), C.sm(1), C().sm(1, 2))
print(type(C.__dict__["cm"]).__name__, type(C.__dict__["sm"]).__name__, C.__dict__["sm"].__func__(5))
