# expect: output freed
# cpython: same
e = None
for i in range(100000):
    n = ValueError(i)
    n.__context__ = e
    e = n
e = n = None
print("freed")
