# dataclasses: Field objects, defaults/factories, init=False, InitVar, ClassVar, post_init, field errors
from dataclasses import dataclass, field, fields, InitVar, MISSING, KW_ONLY, Field
from typing import ClassVar
f = field(default=3, repr=False, metadata={'a': 1})
print(type(f).__name__, f.default, f.repr, f.hash, f.init, f.compare, dict(f.metadata), f.kw_only is MISSING)
print(f.default_factory is MISSING, f.name, f.type)
@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
    z: int = field(default=5, init=False)
    w: InitVar[int] = 2
    c: ClassVar[int] = 10
    def __post_init__(self, w):
        self.z = self.z + w
a = A(1)
b = A(1)
a.y.append(1)
print(a, b, a.z, A(1, w=7).z, A.c)
print([(x.name, x.type, x.default is MISSING, x.init, x.repr) for x in fields(A)])
print(fields(A)[0].default is MISSING, fields(A)[1].default_factory is list)
print(A.__init__.__name__, A.__init__.__qualname__)
for bad in ('list', 'dict', 'set'):
    try:
        exec(f"@dataclass\nclass B:\n    x: {bad} = {bad}()\n", {'dataclass': dataclass})
    except ValueError as e:
        print(e)
try:
    @dataclass
    class C:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    @dataclass
    class D:
        x: int = field(default=1, default_factory=int)
except ValueError as e:
    print(e)
@dataclass
class E:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
print(E(1, c=3), E(1, b=2, c=3))
try:
    E(1, 2, 3)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class F:
    a: int = 1
    b: int
print(F(b=2))
@dataclass
class G:
    a: int = field(kw_only=True)
    b: int = 0
print(G(5, a=1), fields(G)[0].kw_only, fields(G)[1].kw_only)
try:
    @dataclass
    class H:
        a: int
        _: KW_ONLY
        __: KW_ONLY
except TypeError as e:
    print(e)
@dataclass
class P:
    a: int
    b: int = 1
@dataclass
class Q(P):
    c: int = 2
    a: int = 9
print(Q(), Q(1, 2, 3), [x.name for x in fields(Q)])
try:
    fields(1)
except TypeError as e:
    print(e)
@dataclass
class N:
    x: 'int'
    y: "ClassVar[int]" = 3
print(N(1), [x.name for x in fields(N)])
r = repr(fields(P)[0])
print(r.startswith("Field(name='a',type=<class 'int'>,default=<dataclasses._MISSING_TYPE object at"), "_field_type=_FIELD)" in r)
print(repr(InitVar[int]), repr(InitVar[list]), repr(MISSING)[:34])
@dataclass
class S:
    a: int = field(default=0, init=False)
    b: int = 0
print(S(3), S())
