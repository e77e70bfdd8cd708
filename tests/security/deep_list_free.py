# expect: output freed
# cpython: same
# Freeing a deeply nested structure must not recurse on the C stack.
x = []
for i in range(300000):
    x = [x]
del x
print("freed")
