# Deliberate difference (docs/security.md, "no __subclasses__"): type.__subclasses__() does not
# exist in Moat, so a program cannot enumerate every class (the classic sandbox-escape walk
# ().__class__.__base__.__subclasses__()); CPython returns the direct subclasses.
class C: pass
class D(C): pass
print(hasattr(C, "__subclasses__"), hasattr(object, "__subclasses__"))
try:
    C.__subclasses__()
except AttributeError as e:
    print("AttributeError:", e)
