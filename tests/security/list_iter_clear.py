# expect: output 1
# cpython: same
data = [1, 2, 3]
n = 0
for x in data:
    n += 1
    data.clear()
print(n)
