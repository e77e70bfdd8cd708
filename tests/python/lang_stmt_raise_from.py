try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__, type(v.__context__).__name__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("t") from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__, repr(t.__context__))
try:
    raise RuntimeError("x") from ValueError("cause")
except RuntimeError as r:
    print(repr(r.__cause__))
