class A:
    def __eq__(self, o): return type(o) is A
print(A.__hash__ is None)
class C:
    def __eq__(self, o): return NotImplemented
print(C() == C(), C() != C(), C() == 1)
class D(int):
    pass
print(D(1) == 1, hash(D(1)) == hash(1), {D(1): "x"}[1])
