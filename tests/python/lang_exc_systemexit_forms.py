import sys
for arg in (None, 0, 3, "message", (1, 2)):
    try:
        sys.exit(arg) if arg is not None else sys.exit()
    except SystemExit as e:
        print(repr(e.code), e.args)
