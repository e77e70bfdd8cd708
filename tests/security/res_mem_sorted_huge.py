# expect: limit memory
# limits: --memory-bytes 16000000 --instructions 1000000000
x = sorted(range(10**8))
