class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def f(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "a" | "b" as letter:
            return "letter " + letter
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [x, y, *_] if x == y:
            return f"same {x}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case []:
            return "empty"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others}:
            return f"typed {t} {others}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return "str " + s
        case {}:
            return "empty-ish dict"
        case _:
            return "other"
tests = [None, True, 1, 3, -1, "a", "b", [1, 2, 3], [5, 5, 6], (7, 8, 9), [], {"type": "circle", "r": 2},
         {"type": "sq", "side": 3, "z": 1}, Point(0, 0), Point(0, 5), Point(4, 4), Point(1, 2), 42, 2.5, "zz",
         {"q": 1}, {1, 2}, range(2), (1,), "abc"]
for t in tests:
    print(f(t))
def g(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["quit"]:
            return "bye"
        case other:
            return f"unknown {other}"
for c in ["go north", "pick up key", "take sword", "quit", "dance now"]:
    print(g(c))
match 5:
    case x:
        print("bound", x)
print(x)
for v in [0, 1]:
    match v:
        case 0:
            continue
        case 1:
            print("one then break")
            break
def nested(v):
    match v:
        case [[1, 2], {"k": [a, *b]}]:
            return (a, b)
        case _:
            return None
print(nested([[1, 2], {"k": [9, 8, 7]}]), nested([[1], {}]))
