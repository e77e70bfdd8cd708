# expect: output 6
# cpython: same
data = [1, 2, 3]
data.extend(x for x in data[:])
print(len(data))
