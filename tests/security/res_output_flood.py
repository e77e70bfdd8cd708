# expect: limit output
# limits: --output-bytes 100000
while True:
    print('x' * 1000)
