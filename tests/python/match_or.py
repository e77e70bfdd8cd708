# Or-patterns: alternatives, bindings in each branch, nested ors, SyntaxError on differing names.
def o(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [x] | (x, _) | {"x": x}:
            return f"x={x!r}"
        case (int(n) | float(n)) if n > 100:
            return f"big {n}"
        case None | True:
            return "singleton"
        case _:
            return "other"

for v in [1, 3, 4, "a", "c", [7], (8, 9), {"x": 10}, 500, 500.5, 50, None, True, False]:
    print(repr(v), o(v))

# An or-pattern whose later alternative binds after an earlier one partially matched.
match [1, 2]:
    case [a, 3] | [2, a] | [a, 2]:
        print("a =", a)

# Irrefutable alternative in the last position is allowed.
match 99:
    case ((1 | 2) as other) | other:
        print("other", other)

def syntax(src):
    try:
        exec("def f(v):\n" + "".join("    " + l + "\n" for l in src.splitlines()), {})
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

syntax("match v:\n    case [x] | [y]:\n        pass\n")
syntax("match v:\n    case [x] | 1:\n        pass\n")
syntax("match v:\n    case (x, y) | (y, x):\n        pass\n")
syntax("match v:\n    case x | 1:\n        pass\n")
syntax("match v:\n    case _ | 1:\n        pass\n")
syntax("match v:\n    case (a as b) | (b as a):\n        pass\n")
syntax("match v:\n    case [a, a]:\n        pass\n")
syntax("match v:\n    case {'k': a, **a}:\n        pass\n")
syntax("match v:\n    case 1 | 2 | x:\n        pass\n    case 3:\n        pass\n")
syntax("match v:\n    case [x, _] | [y, _]:\n        pass\n")
syntax("match v:\n    case [x, *_, _] | [y, *_, 1]:\n        pass\n")
syntax("match v:\n    case C(x, _) | C(y, _):\n        pass\n")
syntax("match v:\n    case {'a': x} | {'a': 1, **y}:\n        pass\n")
syntax("match v:\n    case [x, (1 | x)]:\n        pass\n")
syntax("match v:\n    case [(x | x), (1 | x)]:\n        pass\n")
syntax("match v:\n    case C(a=x, b=_, a=1):\n        pass\n")
syntax("match v:\n    case {1: a, True: b}:\n        pass\n")
syntax("match v:\n    case {-1: a, 0: b, -0.0: c}:\n        pass\n")
syntax("match v:\n    case {'a': a, b'a': b, 'b': c}:\n        pass\n")
syntax("match v:\n    case [*__debug__]:\n        pass\n")
syntax("match v:\n    case C(__debug__=1):\n        pass\n")
syntax("match v:\n    case 1:\n        x = 1\n    case (y, 1 | z):\n        pass\n")
syntax("match v:\n    case [1, 2] | [x, 3] | [3, x]:\n        pass\n")
syntax("match v:\n    case [a, b] | [b, a] | [a, c]:\n        pass\n")
