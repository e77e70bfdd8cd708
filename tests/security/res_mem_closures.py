# expect: limit memory
# limits: --memory-bytes 8000000 --instructions 1000000000
fs = []
while True:
    fs.append(lambda n=len(fs): n)
