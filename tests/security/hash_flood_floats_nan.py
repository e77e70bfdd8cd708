# expect: output 1000
# cpython: same
nan = float("nan")
d = {}
for i in range(1000):
    d[float("nan")] = i
print(len(d))
