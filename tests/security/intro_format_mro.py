# expect: output (<class 'int'>, <class 'object'>)
# cpython: same
print("{0.__class__.__mro__}".format(1))
