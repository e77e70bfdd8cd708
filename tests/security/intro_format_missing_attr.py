# expect: exception AttributeError
# cpython: same
"{0.__nope__}".format(1)
