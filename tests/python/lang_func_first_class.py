def apply(fn, *a): return fn(*a)
ops = {"add": lambda a, b: a + b, "max": max}
print(apply(ops["add"], 2, 3), apply(ops["max"], 2, 3), apply(print, "printed") )
def compose(*fs):
    def run(x):
        for fn in reversed(fs):
            x = fn(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
print(callable(apply), callable(1), type(apply).__name__)
