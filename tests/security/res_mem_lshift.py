# expect: limit memory
# limits: --memory-bytes 16000000
x = 1 << (10**9)
