def double(x):
    return 2 * x
def apply(fn, value):
    return fn(value)
f = double
print(apply(f, 21), apply(len, "abc"), apply(str, 5))
ops = {"d": double, "n": abs}
print(ops["d"](4), ops["n"](-4))
