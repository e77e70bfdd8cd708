# expect: output 3
# cpython: same
print("{0[a][1][0]}".format({"a": [0, [3]]}))
