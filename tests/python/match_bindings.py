# Names are bound only when the whole pattern matched (before the guard), as in CPython 3.11.
x = 'orig'
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
print(x)

y = 'orig'
match [1, 2]:
    case [y, 2] if False:
        pass
    case _:
        pass
print("guard failed, y =", y)

z = 'orig'
match {"a": 1, "b": 2}:
    case {"a": z, "b": 3} | {"a": 3, "b": z}:
        pass
print(z)

def f():
    match [5, 6]:
        case [w, 0]:
            pass
    return w
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# Alternatives binding the same names in different orders.
def swap(v):
    match v:
        case (a, b, "ab") | (b, a, "ba") | {"a": a, "b": b}:
            return a, b
        case [c, [d, e]] | [[e, d], c] | [e, c, d]:
            return c, d, e
print(swap((1, 2, "ab")), swap((1, 2, "ba")), swap({"b": 9, "a": 8}))
print(swap([1, [2, 3]]), swap([[3, 2], 1]), swap([3, 1, 2]))

# Nested or-patterns with captures around them.
def nested(v):
    match v:
        case [p, (1 | 2) as q, [(r, 0) | (0, r)] | {"r": r}] if p < r:
            return p, q, r
        case [p, *_, (("x" | "y") as last)]:
            return p, last
    return None
for v in ([1, 2, [(5, 0)]], [1, 1, [(0, 5)]], [1, 2, {"r": 7}], [9, 2, [(5, 0)]], [1, 2, 3, "y"], [1, "z"]):
    print(v, nested(v))

# Captures inside class and mapping patterns with **rest.
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
match {"p": Pt(1, 2), "k": 3, "j": 4}:
    case {"p": Pt(x=px, y=py) as pt, **others}:
        print(px, py, type(pt).__name__, others)

# `*_` indexes the subject from both ends; captures keep their order.
match (1, 2, 3, 4, 5):
    case (a, b, *_, y, z):
        print(a, b, y, z)
match [1, 2]:
    case [a, *_, b]:
        print(a, b)
match [1]:
    case [a, *_, b]:
        print("no")
    case [*_]:
        print("star wildcard only")

# A failed case leaves earlier bindings alone, a later case binds.
match (1, 2):
    case (q1, 3):
        pass
    case (q2, 2):
        pass
print("q1" in dir(), q2)
