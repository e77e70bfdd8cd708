# expect: output [1, 2, 3]
# cpython: same
print([1, 2, 3][-10**100:10**100])
