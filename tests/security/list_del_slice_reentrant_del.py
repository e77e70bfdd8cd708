# expect: output done
# cpython: same
class A:
    pass
data = [A() for _ in range(100)]
for a in data:
    a.ref = data
del data[10:90]
data = None
print("done")
