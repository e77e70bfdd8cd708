# expect: limit memory
# limits: --memory-bytes 8000000 --instructions 1000000000
s = set()
i = 0
while True:
    s.add(i)
    i += 1
