# Class patterns: isinstance, keyword attributes, positional via __match_args__, builtin self-match.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Plain:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d flat {x} {y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "somewhere"
        case Plain(a=1):
            return "plain a=1"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Point3(1, 2, 0), Point3(1, 2, 3),
          Plain(), 5]:
    print(where(p))

# Builtins that match themselves with one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case bytearray(ba):
            return f"bytearray {ba!r}"
        case list([x, *_]) as l:
            return f"list starting {x} (len {len(l)})"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict k={k}"
        case set(s) | frozenset(s):
            return f"set-like {sorted(s)}"
        case _:
            return "other"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [9, 8], (1,), {"k": 0}, {1}, frozenset([2]), [], None]:
    print(kind(v))

# Subclass of a builtin keeps self-matching.
class MyInt(int):
    pass
match MyInt(7):
    case int(n):
        print("MyInt as int", n, type(n).__name__)

# Keyword attribute missing: no match (no error).
match Plain():
    case Plain(b=_):
        print("no")
    case Plain(a=a):
        print("a is", a)

# Errors: too many positionals, non-type, __match_args__ not a tuple, duplicate keyword.
class NoArgs:
    pass
def err(src_fn):
    try:
        src_fn()
    except TypeError as e:
        print("TypeError:", e)
def e1():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
def e2():
    match NoArgs():
        case NoArgs(1):
            pass
def e3():
    match 5:
        case int(1, 2):
            pass
notatype = 3
def e4():
    match 5:
        case notatype():
            pass
class BadArgs:
    __match_args__ = ["x"]
    x = 1
def e5():
    match BadArgs():
        case BadArgs(1):
            pass
class DupArgs:
    __match_args__ = ("x",)
    x = 1
def e6():
    match DupArgs():
        case DupArgs(1, x=1):
            pass
class NonStrArgs:
    __match_args__ = (1,)
def e7():
    match NonStrArgs():
        case NonStrArgs(1):
            pass
for fn in (e1, e2, e3, e4, e5, e6, e7):
    err(fn)

# Duplicate keyword in the pattern is a SyntaxError.
try:
    exec("match x:\n    case C(a=1, a=2):\n        pass\n", {})
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# Class attributes and properties are read with getattr.
class Prop:
    __match_args__ = ("v",)
    @property
    def v(self):
        print("property read")
        return 11
match Prop():
    case Prop(11):
        print("property matched")

# isinstance with the class's __instancecheck__ (via a metaclass).
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=Meta):
    pass
match "magic":
    case Magic():
        print("instancecheck honoured")
