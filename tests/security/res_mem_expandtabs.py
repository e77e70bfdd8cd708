# expect: limit memory
# limits: --memory-bytes 16000000
x = ('\t' * 1000).expandtabs(10**9)
