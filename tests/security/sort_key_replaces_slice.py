# expect: exception ValueError
# cpython: same
data = list(range(50))
def key(x):
    data[:] = ["junk"] * 1000
    return x
data.sort(key=key)
