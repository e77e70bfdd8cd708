# expect: limit memory
# limits: --memory-bytes 16000000
s = 'a' * 10**12
