# Objects: instance creation, attribute access, method calls, properties, dunder operators.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    @property
    def norm2(self):
        return self.dot(self)
acc = Vec(0, 0)
total = 0
for i in range(150_000):
    v = Vec(i, -i)
    acc = acc + v
    total += v.norm2 % 7
print(acc.x, acc.y, total)
