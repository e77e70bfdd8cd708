e = ValueError("x")
print(e.with_traceback(None) is e, hasattr(e, "__notes__"))
try:
    raise e
except ValueError as err:
    print(err.__traceback__ is not None)
    e2 = RuntimeError("y").with_traceback(err.__traceback__)
    print(e2.__traceback__ is err.__traceback__)
