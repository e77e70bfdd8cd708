# expect: output 300 [[0], [1], [2]]
# cpython: same
data = [[i] for i in range(300)]
def key(x):
    for _ in range(50):
        a = [data]
        a.append(a)
    data.clear()
    return x[0]
data.sort(key=key)
print(len(data), data[:3])
