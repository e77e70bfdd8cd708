try:
    raise ValueError("the message")
except ValueError as e:
    print(e, repr(e), e.args, type(e).__name__)
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise KeyError("k", 2)
except KeyError as e:
    print(e, e.args)
