# expect: limit memory
# limits: --memory-bytes 16000000 --instructions 1000000000
x = []
while True:
    x.append("a" * 1000)
