# expect: limit memory
# limits: --memory-bytes 16000000
x = ','.join(['a' * 1000000] * 1000)
