class Animal:
    species = "generic"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
        self.__secret = 42
    def speak(self): raise NotImplementedError("subclass must implement")
    def describe(self): return f"{self.name} the {self.species} says {self.speak()}"
    def secret(self): return self.__secret
class Dog(Animal):
    species = "dog"
    def speak(self): return "Woof"
class Cat(Animal):
    species = "cat"
    def speak(self): return "Meow"
pets = [Dog("Rex"), Cat("Tom")]
for p in pets: print(p.describe())
print(Animal.count, pets[0].secret())
try: Animal("x").speak()
except NotImplementedError as e: print("NIE:", e)
print([type(p).__name__ for p in pets], Dog.__bases__, Dog.species, Animal.species)
d = pets[0]; d.species = "wolf"; print(d.species, Dog.species)
del d.species; print(d.species)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items: raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __repr__(self): return f"Stack({self._items!r})"
    def __iter__(self): return iter(self._items[::-1])
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), s.pop(), s, bool(Stack()))
try: Stack().pop()
except IndexError as e: print(repr(e))
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == 'F': return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c}C"
t = Temp(100); print(f"{t}", f"{t:F}", format(t, 'F'), "{:F}".format(t) if hasattr(str, 'format') else '')
class Money:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.v + o.v)
        if isinstance(o, (int, float)): return Money(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self): return f"${self.v}"
print(Money(1) + Money(2), Money(1) + 5, 5 + Money(1), sum([Money(1), Money(2)], Money(0)), sum([Money(3)]))
try: Money(1) + "x"
except TypeError as e: print(e)
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o): return "matmul"
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __eq__(self, o): return self.rows == o.rows
print(Matrix([[1]]) @ Matrix([[2]]), Matrix([[1, 2], [3, 4]])[1, 0], Matrix([[1]]) == Matrix([[1]]))
class Shape:
    def area(self): return 0
    def __lt__(self, o): return self.area() < o.area()
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def __repr__(self): return f"Sq({self.s})"
print(sorted([Sq(3), Sq(1), Sq(2)]), min(Sq(5), Sq(4)))
print(isinstance(Sq(1), Shape), issubclass(Sq, Shape), Sq.__mro__[1].__name__, Sq.area is not Shape.area)
print(hasattr(Sq(1), 's'), getattr(Sq(2), 'area')(), Sq.area(Sq(3)))
class Chain:
    def __init__(self): self.ops = []
    def __getattr__(self, name):
        self.ops.append(name)
        return self
c = Chain().a.b.c; print(c.ops)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(len({Eq(1), Eq(1), Eq(2)}), Eq(1) in [Eq(1)], [Eq(1), Eq(2)].index(Eq(2)), [Eq(3)].count(Eq(3)))
print(Eq(1) == Eq(1), Eq(1) is Eq(1), Eq(1) != Eq(2))
class Node:
    def __init__(self, val, nxt=None): self.val, self.nxt = val, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.val
            n = n.nxt
print(list(Node(1, Node(2, Node(3)))), sum(Node(5, Node(6))))
class Base2:
    def __init__(self): self.log = ["base"]
class Mid1(Base2):
    def __init__(self): super().__init__(); self.log.append("mid1")
class Mid2(Base2):
    def __init__(self): super().__init__(); self.log.append("mid2")
class Leaf(Mid1, Mid2):
    def __init__(self): super().__init__(); self.log.append("leaf")
print(Leaf().log)
print(str(Leaf)[:20], Leaf.__name__)
