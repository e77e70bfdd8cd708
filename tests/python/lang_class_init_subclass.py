registry = []
class Plugin:
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, name))
class A(Plugin, name="a"): pass
class B(A): pass
print(registry)
try:
    class C(Plugin, bogus=1, name="c"): pass
except TypeError as e:
    print(e)
