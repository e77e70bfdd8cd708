# expect: limit memory
# limits: --memory-bytes 16000000
x = 'a'.center(10**12, '*')
