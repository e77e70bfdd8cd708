# expect: limit memory
# limits: --memory-bytes 16000000
s = "{0:>500000000}".format(1)
print(len(s))
