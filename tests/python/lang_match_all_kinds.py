class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
RED = "red"
class Colors:
    RED = "red"
def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case None:
            return "none"
        case Colors.RED:
            return "value red"
        case str() as s if len(s) > 3:
            return "long str " + s
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case {"type": "pt", "at": (a, b), **others}:
            return f"map {a} {b} {others}"
        case Point(0, y=yy):
            return f"on y axis {yy}"
        case Point(x=xx, y=0):
            return f"on x axis {xx}"
        case Point():
            return "point"
        case int(n) if n < 0:
            return "neg"
        case float() | bytes():
            return "float-ish"
        case _:
            return "other " + repr(v)
for v in [0, 1, None, "red", "hello", [1, 2], [1, 2, 3, 4], {"type": "pt", "at": (1, 2), "z": 3},
          Point(0, 5), Point(3, 0), Point(1, 1), -4, 2.5, "ab", (9, 8), {"type": "pt"}]:
    print(describe(v))
