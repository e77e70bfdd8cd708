# expect: limit memory
# limits: --memory-bytes 16000000
x = [1]
while True:
    x.extend(x)
