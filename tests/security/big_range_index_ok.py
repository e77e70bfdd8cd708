# expect: output 1267650600228229401496703205374
# cpython: same
print(range(2 ** 100)[-1] - 2 ** 100 + 2 ** 100 - 1 + 1 - 1)
