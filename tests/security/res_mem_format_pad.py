# expect: limit memory
# limits: --memory-bytes 16000000
x = format(1, '>1000000000')
