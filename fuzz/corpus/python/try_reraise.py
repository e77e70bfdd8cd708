def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handler")
        raise
try:
    inner()
except ZeroDivisionError as e:
    print("outer got", e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("caught", e)
