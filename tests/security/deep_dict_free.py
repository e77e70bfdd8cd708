# expect: output freed
# cpython: same
x = {}
for i in range(100000):
    x = {1: x}
x = None
print("freed")
