# expect: output 10
# cpython: same
data = [0]
for x in data:
    if len(data) < 10:
        data.append(x + 1)
print(len(data))
