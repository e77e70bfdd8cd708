# expect: limit output
# limits: --output-bytes 100000
while True:
    print('', end='z' * 4096)
