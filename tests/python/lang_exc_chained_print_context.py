def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError("during handling")
parse("x")
