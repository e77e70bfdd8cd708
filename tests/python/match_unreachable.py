# Irrefutable patterns before other cases are SyntaxErrors, as in CPython.
def syntax(src):
    try:
        exec("def f(v):\n" + "".join("    " + l + "\n" for l in src.splitlines()), {})
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)

syntax("match v:\n    case x:\n        pass\n    case 1:\n        pass\n")
syntax("match v:\n    case _:\n        pass\n    case 1:\n        pass\n")
syntax("match v:\n    case (x):\n        pass\n    case 1:\n        pass\n")
syntax("match v:\n    case 1 | x:\n        pass\n    case 2:\n        pass\n")
syntax("match v:\n    case (1 | _) as y:\n        pass\n    case 2:\n        pass\n")
syntax("match v:\n    case x if x:\n        pass\n    case 1:\n        pass\n")
syntax("match v:\n    case [x]:\n        pass\n    case _:\n        pass\n")
syntax("match v:\n    case x:\n        pass\n")
syntax("match v:\n    case 1 | _ | 2:\n        pass\n")
syntax("match v:\n    case x | y:\n        pass\n")
syntax("match v:\n    case [*a, *b]:\n        pass\n")
syntax("match v:\n    case f(x):\n        pass\n")

syntax("match v:\n    case -x:\n        pass\n")
