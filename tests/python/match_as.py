# As-patterns and guards.
def f(v):
    match v:
        case [1, 2] as pair:
            return f"pair {pair}"
        case (int() | float()) as num if num < 0:
            return f"negative {num}"
        case int() as num:
            return f"int {num}"
        case {"k": [_, _] as inner} as whole:
            return f"inner {inner} whole {whole}"
        case str() as s if len(s) > 3:
            return "long str"
        case str() as s:
            return "short str"
        case ((a, b) as t) as u:
            return f"{a} {b} {t} {u is t}"
    return None

for v in [[1, 2], -1, -2.5, 7, {"k": [3, 4]}, "hello", "hi", (5, 6), 2.5]:
    print(f(v))

# Guards see bindings; a failing guard moves on but bindings may stay.
def g(v):
    match v:
        case [x, y] if x > y:
            return "desc"
        case [x, y] if x == y:
            return "equal"
        case [x, y]:
            return "asc"
        case x if x:
            return "truthy"
    return "falsy"
print(g([2, 1]), g([1, 1]), g([1, 2]), g(5), g(0))

# The guard is evaluated only when the pattern matches.
def side(tag, val):
    print("guard", tag)
    return val
match 5:
    case 4 if side("a", True):
        pass
    case 5 if side("b", False):
        pass
    case 5 if side("c", True):
        print("c wins")

# The subject is evaluated once.
def subj():
    print("subject evaluated")
    return [1, 2, 3]
match subj():
    case [1]:
        pass
    case [1, 2]:
        pass
    case [1, 2, 3]:
        print("three")

# A guard that raises propagates.
try:
    match 1:
        case 1 if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# `as _` is not allowed; wildcard in class keyword.
try:
    exec("match x:\n    case 1 as _:\n        pass\n", {})
except SyntaxError as e:
    print("SyntaxError:", e.msg)
