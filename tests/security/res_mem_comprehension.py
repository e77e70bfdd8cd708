# expect: limit memory
# limits: --memory-bytes 16000000 --instructions 1000000000
x = [i for i in range(10**9)]
