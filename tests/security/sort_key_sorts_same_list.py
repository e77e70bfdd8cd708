# expect: output [1, 2, 3]
# cpython: same
data = [3, 1, 2]
def key(x):
    data.sort()
    return x
data.sort(key=key)
print(data)
