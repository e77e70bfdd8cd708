# expect: limit memory
# limits: --memory-bytes 16000000
x = ('a' * 10000).replace('a', 'b' * 100000)
