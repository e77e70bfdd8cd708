def first(it):
    return next(it)
try:
    print(list(first(iter([])) for _ in range(2)))
except RuntimeError as e:
    print("RuntimeError", e)
except StopIteration:
    print("StopIteration leaked")
try:
    print([next(iter([])) for _ in range(1)])
except StopIteration:
    print("list comp lets StopIteration through")
