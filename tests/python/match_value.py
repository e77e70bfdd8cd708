# Value patterns: dotted names compared with ==.
import math

class Color:
    RED = 1
    GREEN = 2
    BLUE = "blue"

class Ns:
    class Inner:
        X = (1, 2)

def col(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
        case Ns.Inner.X:
            return "inner tuple"
        case math.pi:
            return "pi"
        case _:
            return "unknown"

for v in [1, 2, "blue", (1, 2), [1, 2], math.pi, 3.0, True]:
    print(repr(v), col(v))

# The value is looked up each time (not cached).
class K:
    V = 1
def g(x):
    match x:
        case K.V:
            return True
    return False
print(g(1))
K.V = 2
print(g(1), g(2))

# Missing attribute raises AttributeError at match time.
try:
    match 1:
        case Color.PURPLE:
            pass
except AttributeError as e:
    print("AttributeError:", e)
