class C:
    a = 1
c = C()
print(callable(C), callable(c), callable(len), callable(None))
setattr(c, "b", 2); print(getattr(c, "b"), getattr(c, "zz", "default"), hasattr(c, "a"), hasattr(c, "zz"))
delattr(c, "b"); print(hasattr(c, "b"))
try:
    getattr(c, "zz")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(e)
