# SystemExit is an exception like any other: it can be caught, and it is not an Exception.
try:
    raise SystemExit(4)
except Exception:
    print("wrong: SystemExit is not an Exception")
except SystemExit as e:
    print("caught", e.code, type(e).__name__)
try:
    raise SystemExit
except BaseException as e:
    print("code", e.code, isinstance(e, BaseException))
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
