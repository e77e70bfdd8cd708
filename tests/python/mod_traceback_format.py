# traceback.format_exception / format_exc with chained exceptions
import traceback
def inner():
    raise ValueError("bad value")
def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    outer()
except RuntimeError as e:
    text = ''.join(traceback.format_exception(e))
    print(text.splitlines()[-1])
    print("direct cause" in text, text.count("Traceback (most recent call last):"))
    print(traceback.format_exception_only(e))
    print(traceback.format_exc().splitlines()[-1])
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}['k']
except KeyError as e:
    t = ''.join(traceback.format_exception(type(e), e, e.__traceback__))
    print("During handling of the above exception" in t, t.splitlines()[-1])
