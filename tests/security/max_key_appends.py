# expect: output 3
# cpython: same
data = [3, 1, 2]
def key(x):
    if len(data) < 5:
        data.append(0)
    return x
print(max(data, key=key))
