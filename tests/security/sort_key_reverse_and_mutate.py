# expect: exception ValueError
# cpython: same
data = list(range(20))
def key(x):
    data.extend([1])
    return x
data.sort(key=key, reverse=True)
