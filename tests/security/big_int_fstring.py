# expect: exception ValueError
# cpython: same
f'{10 ** 5000}'
