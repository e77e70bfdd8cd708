# expect: limit memory
# limits: --memory-bytes 16000000 --time-ms 20000
x = 2 ** (10**12)
