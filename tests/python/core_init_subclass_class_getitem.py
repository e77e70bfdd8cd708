class Base:
    subs = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A): pass
print(Base.subs, A.tag, B.tag)
try:
    class C(Base, bogus=1): pass
except TypeError as e: print("TypeError:", e)
try:
    class D(bogus=1): pass
except TypeError as e: print("TypeError:", e)
class G:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
print(G[int], G[1, 2])
class H(G): pass
print(H["x"])
print(list[int], dict[str, list[int]], tuple[int, ...])
try: int[3]
except TypeError as e: print("TypeError:", e)
class Named:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name); self.name = name
class O:
    attr = Named()
print(O.attr.name)
