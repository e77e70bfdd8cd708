# expect: output 12460
# cpython: same
print(len(hex(10 ** 15000)))
