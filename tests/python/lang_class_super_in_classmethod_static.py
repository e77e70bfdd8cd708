class A:
    @classmethod
    def create(cls): return f"A.create({cls.__name__})"
    @staticmethod
    def util(): return "A.util"
class B(A):
    @classmethod
    def create(cls): return "B>" + super().create()
    @staticmethod
    def util(): return "B>" + super(B, B).util()
print(B.create(), B.util())
class C(B):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclassed", cls.__name__)
class D(C): pass
