# Capture and wildcard patterns; bindings survive the match statement.
def cap(v):
    match v:
        case 0:
            return "zero"
        case x:
            return "captured " + repr(x)
print(cap(0), cap(5), cap("s"), cap([1]))

match 10:
    case _:
        print("wildcard always matches")

match (1, 2):
    case y:
        pass
print("y after match:", y)

# No case matches: nothing happens and no name is bound.
match 3:
    case 1:
        print("no")
    case 2:
        print("no")
print("after unmatched match")

# A capture in a function makes a local.
def f(v):
    match v:
        case [a, b]:
            pass
        case other:
            a = b = other
    return a, b
print(f([1, 2]), f(7))

# match as a soft keyword still usable as a name.
match = [1, 2]
print(match)
case = 5
match match:
    case [1, q]:
        print("q =", q, case)
_ = 3
print(_)
