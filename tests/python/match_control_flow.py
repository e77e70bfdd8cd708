# match inside loops, try, with, generators and comprehensions; break/continue/return in cases.
def classify(items):
    out = []
    for it in items:
        match it:
            case "stop":
                break
            case "skip":
                continue
            case int(n) if n < 0:
                out.append("neg")
            case [*xs] if len(xs) > 2:
                for x in xs:
                    match x:
                        case 0:
                            out.append("zero-in-list")
                            break
                else:
                    out.append("no-zero")
            case _:
                out.append(repr(it))
    return out
print(classify([1, -1, "skip", [1, 2, 3], [1, 0, 2], (0,), "stop", 5]))

def first_str(values):
    for v in values:
        match v:
            case str(s):
                return s
    return None
print(first_str([1, 2.0, "three", "four"]), first_str([]))

class Bad:
    __match_args__ = ("a",)
def err(v):
    try:
        match v:
            case Bad(1, 2):
                return "no"
            case _:
                return "default"
    except TypeError as e:
        return "caught: " + str(e)
    finally:
        print("finally ran")
print(err(Bad()))
print(err(3))

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True
with CM():
    match {"k": [1, 2]}:
        case {"k": [a, b]}:
            raise ValueError(a + b)
print("after with")

def gen(values):
    for v in values:
        match v:
            case (k, val):
                yield f"{k}={val}"
            case {"name": n}:
                yield from ["name", n]
            case _:
                yield "?"
print(list(gen([("a", 1), {"name": "z"}, 7])))

print([(lambda v: (lambda: None) and v)(x) for x in range(2)])
res = []
for v in [[1, 2], [3], "x"]:
    match v:
        case [a, b]:
            res.append(a * b)
        case [a]:
            res.append(-a)
        case other:
            res.append(other)
print(res)

# The walrus operator in a guard binds in the enclosing scope.
match 10:
    case n if (half := n // 2) > 3:
        print("half", half)

# Recursion through match.
def depth(t):
    match t:
        case [*children]:
            return 1 + max((depth(c) for c in children), default=0)
        case _:
            return 0
print(depth([[[], [[]]], []]))
