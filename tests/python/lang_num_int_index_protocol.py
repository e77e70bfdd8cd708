class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][I(1)], "abcdef"[I(1):I(4)], bin(I(5)), hex(I(255)), range(I(3)), [0] * I(2), (10).to_bytes(I(2), "big"))
class F:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(F()), float(F()))
try:
    [1][F()]
except TypeError as e:
    print(e)
print(operator_free := int("7"))
