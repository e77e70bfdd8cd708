# expect: output 3
# cpython: same
data = [3, 1, 2]
def key(x):
    data.clear()
    return x
print(min(data, key=key))
