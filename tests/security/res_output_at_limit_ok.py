# expect: output xxxxxxxxxx
# limits: --output-bytes 11
# cpython: same
print('x' * 10)
