# expect: output 1000000
# limits: --memory-bytes 64000000
# cpython: same
x = [0] * 1000000
print(len(x))
