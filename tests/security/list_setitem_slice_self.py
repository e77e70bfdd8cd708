# expect: output [1, 1, 2, 3, 3]
# cpython: same
a = [1, 2, 3]
a[1:2] = a
print(a)
