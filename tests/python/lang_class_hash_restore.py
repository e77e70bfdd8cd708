class A:
    def __eq__(self, o): return type(o) is A
class B(A):
    __hash__ = object.__hash__
print(B.__hash__ is not None, isinstance(hash(B()), int), len({B(), B()}))
class C(A):
    def __hash__(self): return 7
print(hash(C()))
