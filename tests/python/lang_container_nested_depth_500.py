# CPython 3.11 handles nesting up to its recursion limit (1000) in repr/str/==.
l = []
for i in range(500):
    l = [l]
print(len(str(l)), len(repr(tuple(l))))
a = b = None
for i in range(500):
    a, b = [a], [b]
print(a == b)
d = {}
for i in range(400):
    d = {"k": d}
print(len(repr(d)))
class R:
    def __init__(self, d): self.d = d
    def __repr__(self): return "R" if self.d == 0 else "R(" + repr(R(self.d - 1)) + ")"
print(len(repr(R(300))))
