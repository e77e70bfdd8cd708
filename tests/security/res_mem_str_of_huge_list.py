# expect: limit memory
# limits: --memory-bytes 4000000
print(len(str([10**100] * 10**5)))
