# expect: limit memory
# limits: --memory-bytes 16000000
try:
    x = [0] * (10**7)
except MemoryError:
    pass
print("must not run")
