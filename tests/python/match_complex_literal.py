# Complex literals in patterns (`1 + 2j`, `-3 - 4j`), as value and as mapping key.
def lit(v):
    match v:
        case 1 + 2j:
            return "complex"
        case -3 - 4j:
            return "neg complex"
        case {1j: x}:
            return f"key {x}"
    return "other"
print(lit(1 + 2j), lit(-3 - 4j), lit({1j: 5}), lit(3))
try:
    exec("match 1:\n    case 1 + 2:\n        pass\n", {})
except SyntaxError as e:
    print(e.msg)
