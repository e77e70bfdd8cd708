# expect: output 2
# cpython: same
data = [1, 2, 3, 4]
n = 0
for i, x in enumerate(data):
    n += 1
    del data[0]
print(n)
