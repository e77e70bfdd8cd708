# A dedent to a level that was never used is an IndentationError.
if True:
        x = 1
    y = 2
