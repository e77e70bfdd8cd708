# expect: output freed
# cpython: same
def g(inner):
    yield inner
x = None
for i in range(100000):
    x = g(x)
x = None
print("freed")
