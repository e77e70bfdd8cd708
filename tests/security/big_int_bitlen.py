# expect: output 33220
# cpython: same
print((10 ** 10000).bit_length())
