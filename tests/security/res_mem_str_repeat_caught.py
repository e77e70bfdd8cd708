# expect: limit memory
# limits: --memory-bytes 16000000
# The memory limit protects the host: Python cannot catch it.
try:
    s = "a" * 10**12
except MemoryError:
    print("caught")
