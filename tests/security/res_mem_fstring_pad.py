# expect: limit memory
# limits: --memory-bytes 16000000
n = 1000000000
x = f'{1:{n}}'
