# expect: output ok
# cpython: same
x = frozenset()
for i in range(100000):
    x = frozenset([x])
hash(x)
print("ok")
