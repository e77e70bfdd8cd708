# expect: limit memory
# limits: --memory-bytes 16000000
x = 'a'.ljust(10**12)
