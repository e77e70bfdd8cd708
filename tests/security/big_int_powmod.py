# expect: output 1
# cpython: same
print(pow(3, 10**100, 2))
