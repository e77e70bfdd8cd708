# Metaclass __prepare__ (any mapping as the class namespace) and PEP 560 __mro_entries__.
from collections import OrderedDict
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return OrderedDict(created_by="meta")
    def __new__(mcls, name, bases, ns, **kw):
        print("new", type(ns).__name__, [k for k in ns if not k.startswith('__')])
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): return created_by
    y = x + 1
    del x
print(A.y, A.created_by, hasattr(A, 'x'))

class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        return super().__getitem__(k)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class B(metaclass=M2):
    a = 1
    b = magic
    def c(self): pass
    a = 2
print(B.order, B.b, B.a)

class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class C(metaclass=Bad): pass
except TypeError as e:
    print(e)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class E:
    def __mro_entries__(self, bases):
        print("entries", len(bases))
        return (Base,)
class D(E(), k=3):
    pass
print(D.__mro__, D.__orig_bases__[0].__class__.__name__)
class F:
    def __mro_entries__(self, bases): return [Base]
try:
    class G(F()): pass
except TypeError as e:
    print(e)
import typing
class H(typing.Generic[typing.TypeVar('T')]): pass
print(H.__mro__[-1])
