# expect: limit memory
# limits: --memory-bytes 16000000
x = '%1000000000d' % 1
