for e in (ValueError(), ValueError("a"), ValueError("a", 2), KeyError("k"), KeyError(), OSError(2, "No such file"), Exception(None)):
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x"); e.args = ("y", 1); print(e)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
