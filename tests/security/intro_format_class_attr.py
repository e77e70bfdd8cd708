# expect: output <class 'int'>
# cpython: same
print("{0.__class__}".format(1))
