# expect: limit memory
# limits: --memory-bytes 16000000
print(len(str([10**100] * 10**6)))
