# Pseudo-random arithmetic, comparisons, divmod, pow and round over ints, bools and floats near
# the edges (int64, 2**53, inf, nan, -0.0): results and error messages must match CPython.
s = 424242
def rnd(n):
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % (2**64)
    return (s >> 33) % n
vals = [0, 1, -1, 2, -3, 7, 10, 63, 64, -64, 2**31, 2**53 + 1, -(2**63), 2**64 - 1, 10**20, -(10**30) - 7,
        3**90, True, False, 0.0, -0.0, 0.5, -1.5, 2.0, 1e-300, 1e300, -1e308, float("inf"), float("-inf"),
        float("nan"), 0.1, 3.0, -7.25, 2.0**64, 1e16]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", "==", "!=", ">", ">=", "divmod", "pow3", "round"]
F = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
     "//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b, "<<": lambda a, b: a << b,
     ">>": lambda a, b: a >> b, "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
     "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
     ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
def fractional(b):
    return type(b) is float and b == b and b not in (float("inf"), float("-inf")) and b != int(b)

out = []
for i in range(4000):
    a = vals[rnd(len(vals))]
    b = vals[rnd(len(vals))]
    op = ops[rnd(len(ops))]
    try:
        if op == "divmod":
            r = divmod(a, b)
        elif op == "pow3":
            r = pow(a, b, vals[rnd(len(vals))])
        elif op == "round":
            r = round(a, b) if type(b) is int and -400 < b < 400 else round(a)
        elif op == "**" and type(b) is int and abs(b) > 2000 and type(a) is int and abs(a) > 1:
            r = "skip"
        elif op == "**" and a < 0 and fractional(b):
            r = "skip (CPython returns a complex number; Moat has no complex type)"
        elif op == "<<" and type(b) is int and b > 5000:
            r = "skip"
        else:
            r = F[op](a, b)
        r = repr(r)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    out.append(repr(a) + " " + op + " " + repr(b) + " -> " + r)
print("\n".join(out))
