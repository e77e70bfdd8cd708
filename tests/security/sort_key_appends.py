# expect: exception ValueError
# cpython: same
data = list(range(50))
def key(x):
    data.append(x)
    return -x
data.sort(key=key)
