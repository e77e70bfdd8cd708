import functools
vals = [3, 2, 1, 0, 5]
it = iter(functools.partial(vals.pop, 0), 0)
print(list(it), vals)
e = enumerate(["a", "b"], 1)
print(next(e), list(e), type(e).__name__)
z = zip([1, 2], [3, 4]); print(type(z).__name__, next(z))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__, type(iter([])).__name__, type(iter(())).__name__)
