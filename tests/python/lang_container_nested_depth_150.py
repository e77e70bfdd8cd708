l = []
for i in range(150):
    l = [l]
print(len(str(l)), l == eval(repr(l)))
d = {}
for i in range(100):
    d = {"k": d, "t": (i,)}
print(len(repr(d)))
a = b = None
for i in range(150):
    a, b = [a], [b]
print(a == b, a != b)
class R:
    def __init__(self, d): self.d = d
    def __repr__(self): return "R" if self.d == 0 else "R(" + repr(R(self.d - 1)) + ")"
print(len(repr(R(150))))
