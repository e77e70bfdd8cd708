# expect: limit memory
# limits: --memory-bytes 16000000 --instructions 1000000000
x = []
while True:
    x = [x, x, x, [0] * 100]
