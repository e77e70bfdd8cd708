# expect: exception ValueError
# cpython: same
"{0:999999999999999999999}".format(1)
