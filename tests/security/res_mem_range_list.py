# expect: limit memory
# limits: --memory-bytes 16000000
x = list(range(10**12))
