# expect: limit memory
# limits: --memory-bytes 16000000
s = "x"
while True:
    s = s + s
