for cls in (ValueError, TypeError, KeyError, IndexError, RuntimeError, ZeroDivisionError, AssertionError, NotImplementedError):
    try:
        raise cls("msg " + cls.__name__)
    except Exception as e:
        print(type(e).__name__, e)
try:
    raise Exception("base", 1)
except Exception as e:
    print(e)
