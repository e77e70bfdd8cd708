# Typical agent code: dispatch on shapes of values, commands, and ASTs.
def run(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["pick", "up", *items] if items:
            return "picking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for c in ["go north", "go up", "pick up sword shield", "pick up", "quit", "", "dance now"]:
    print(repr(c), "->", run(c))

class Num:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class Add:
    __match_args__ = ("l", "r")
    def __init__(self, l, r):
        self.l, self.r = l, r
class Mul:
    __match_args__ = ("l", "r")
    def __init__(self, l, r):
        self.l, self.r = l, r

def ev(e):
    match e:
        case Num(v):
            return v
        case Add(Num(0), x) | Add(x, Num(0)):
            return ev(x)
        case Add(l, r):
            return ev(l) + ev(r)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(l, r):
            return ev(l) * ev(r)
        case _:
            raise TypeError(f"bad node {e!r}")

print(ev(Add(Num(2), Mul(Num(3), Num(4)))), ev(Add(Num(0), Num(7))), ev(Mul(Num(5), Num(0))))
try:
    ev("x")
except TypeError as err:
    print(err)

# The type of the subject decides, with bool before int.
def t(v):
    match v:
        case bool():
            return "bool"
        case int() | float():
            return "number"
        case str() | bytes():
            return "text"
        case list() | tuple():
            return "sequence"
        case dict():
            return "mapping"
        case None:
            return "none"
        case object():
            return "object"
print([t(v) for v in [True, 1, 1.5, "s", b"b", [], (), {}, None, object(), t]])

# Keyword patterns on builtin attributes.
match 3.5:
    case float(real=r, imag=i):
        print(r, i)
match "abc":
    case str(__len__=f):
        print(f())
