# expect: exception ValueError
# cpython: same
"{0:{1:{2}}}".format(1, 2, 3)
