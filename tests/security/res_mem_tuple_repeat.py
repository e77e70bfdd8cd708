# expect: limit memory
# limits: --memory-bytes 16000000
x = (0,) * 10**11
