# expect: output [3]
# cpython: same
data = [1, 2, 3]
out = []
for x in reversed(data):
    out.append(x)
    data.clear()
print(out)
