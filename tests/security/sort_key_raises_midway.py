# expect: output [3, 1, 2]
# cpython: same
data = [3, 1, 2]
def key(x):
    if x == 2:
        raise ValueError
    return x
try:
    data.sort(key=key)
except ValueError:
    pass
print(data)
