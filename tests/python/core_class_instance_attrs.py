class Counter:
    count = 0
    tags = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
a = Counter("a"); b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 10
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
a.tags.append("shared")
print(b.tags)
print(sorted(a.__dict__), sorted(k for k in Counter.__dict__ if not k.startswith("__")))
print(hasattr(a, "name"), getattr(a, "nope", "dflt"))
setattr(a, "x", 5); print(a.x)
delattr(a, "x"); print(hasattr(a, "x"))
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.missing
except AttributeError as e:
    print("AttributeError:", e)
Counter.new_cls_attr = 42
print(b.new_cls_attr)
print(vars(b))
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(a.__class__ is Counter, type(a) is Counter)
