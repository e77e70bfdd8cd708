# expect: limit memory
# limits: --memory-bytes 16000000
x = bytearray(10**12)
