# expect: exception RecursionError
# CPython recurses on the C stack here (no check); a sandbox must stop with RecursionError.
x = ()
for i in range(100000):
    x = (x,)
hash(x)
