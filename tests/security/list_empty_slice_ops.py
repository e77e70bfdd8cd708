# expect: output [] [] [1] []
# cpython: same
# Slice operations on an empty list (items pointer NULL) must not do pointer arithmetic on NULL (UBSan).
x = []
del x[:]
y = []
y[0:0] = []
z = []
z[0:0] = [1]
w = []
w[:] = []
print(x, y, z, w)
