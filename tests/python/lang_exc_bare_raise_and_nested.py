def f():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
try:
    f()
except ValueError as e:
    print("reraised", e)
try:
    raise
except RuntimeError as e:
    print(e)
