# expect: limit output
# limits: --output-bytes 1000000
print('x' * 2000000)
