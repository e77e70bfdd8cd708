try:
    raise ValueError("v")
except ValueError as err:
    print("in handler", err)
try:
    err
except NameError as e:
    print("after handler:", e)
