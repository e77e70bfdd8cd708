# expect: output True
# cpython: same
# Allocating garbage cycles inside the key forces collections while the list is unlinked.
data = [[i] for i in range(300)]
def key(x):
    for _ in range(20):
        a = []
        a.append(a)
        b = {}
        b["b"] = b
    return -x[0]
data.sort(key=key)
print(data[0] == [299])
