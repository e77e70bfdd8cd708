import math
from functools import total_ordering

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def perimeter(self):
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, name="square")

shapes = [Circle(1.5), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(f"{s.name:>8} {s.area():8.3f} {s.perimeter():8.3f}")
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Shape.count, [type(s).__mro__[1].__name__ for s in shapes])
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_kind)
print(sum(s.area() for s in shapes if isinstance(s, Rect)))

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __str__(self):
        return ".".join(map(str, self.parts))
vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print([str(v) for v in sorted(vs)], str(max(vs)), Version("1.2") >= Version("1.1.9"), len({Version("1.0"), Version("1.0")}))

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, name, qty=1, price=0.0):
        item = self._items.setdefault(name, {"qty": 0, "price": price})
        item["qty"] += qty
        return self
    def __len__(self): return len(self._items)
    def __contains__(self, name): return name in self._items
    def __getitem__(self, name): return self._items[name]
    def __iter__(self): return iter(sorted(self._items))
    @property
    def total(self): return sum(v["qty"] * v["price"] for v in self._items.values())
inv = Inventory().add("apple", 3, 0.5).add("pear", 2, 0.75).add("apple", 2)
print(len(inv), "apple" in inv, inv["apple"], list(inv), f"{inv.total:.2f}")
try: inv["kiwi"]
except KeyError as e: print("KeyError:", e)
