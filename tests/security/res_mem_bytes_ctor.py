# expect: limit memory
# limits: --memory-bytes 16000000
x = bytes(10**12)
