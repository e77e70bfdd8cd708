# expect: exception TypeError
# cpython: same
x = 5
x.__class__ = str
