# expect: limit memory
# limits: --memory-bytes 16000000
x = b'ab' * 10**11
