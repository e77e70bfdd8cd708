# dataclasses: __doc__ signature, params repr, Field repr, string ClassVar/InitVar, descriptors, errors
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, MISSING, KW_ONLY
import typing
from typing import ClassVar, List, Optional
class Loc:
    pass
@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
    z: InitVar[int] = 3
    l: Loc = None
    t: List[int] = None
    o: Optional[Loc] = None
    s: 'str' = 'q'
    d: dict[str, int] = None
    def __post_init__(self, z):
        pass
print(A.__doc__)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
print(K.__doc__)
@dataclass(init=False)
class NI:
    a: int = 1
print(repr(NI.__doc__))
@dataclass
class Documented:
    "mine"
    a: int
print(Documented.__doc__, A.__dataclass_params__)
print(repr(dataclasses.fields(A)[1]).replace(repr(MISSING), 'MISSING'))
@dataclass
class S:
    a: "ClassVar[int]" = 1
    b: "typing.ClassVar[int]" = 2
    c: "InitVar[int]" = 3
    d: "dataclasses.InitVar[int]" = 4
    e: "KW_ONLY" = None
    f: int = 5
print([f.name for f in fields(S)], [(f.name, f._field_type) for f in S.__dataclass_fields__.values()])
print(S.__doc__, S(f=6))
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        return 77 if obj is None else obj.__dict__.get('_v', 77)
    def __set__(self, obj, value):
        obj.__dict__['_v'] = value
@dataclass
class D:
    v: Desc = field(default=Desc())
print(type(D().v).__name__, D(5))
for src in ("x = field(default=1)", "x: ClassVar[list] = field(default_factory=list)",
            "x: ClassVar[int] = field(kw_only=True, default=1)", "x: InitVar[list] = field(default_factory=list)"):
    try:
        exec(f"@dataclass\nclass B:\n    {src}\n", globals())
        print("ok", B.__dataclass_fields__['x']._field_type)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    @dataclass(weakref_slot=True)
    class W:
        a: int
except TypeError as e:
    print(e)
@dataclass(slots=True)
class SD:
    a: int = field(default=4, init=False)
    b: list = field(default_factory=list)
print(SD(), SD.__slots__, SD.__qualname__)
@dataclass
class Base:
    a: int = 0
    def __init__(self, q):
        self.a = q
print(Base(3))
@dataclass(frozen=True)
class Fz:
    a: int
print(Fz.__setattr__.__qualname__, Fz.__hash__.__qualname__, Fz.__eq__.__qualname__, Fz.__init__.__qualname__)
print(Fz.__init__.__annotations__, Fz.__init__.__defaults__)
print(dataclasses.make_dataclass('Mk', ['a']).__doc__)
@dataclass(frozen=True)
class Clash:
    _FACTORY: int = 0
    _object_setattr: int = 1
    object: int = 2
    MISSING: list = field(default_factory=list)
print(Clash(), Clash(5, 6, 7, [1]))
