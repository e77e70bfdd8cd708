def bad():
    raise TypeError("in clause")
try:
    try:
        raise ValueError("x")
    except bad():
        pass
except TypeError as e:
    print(e, type(e.__context__).__name__)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print("caught by tuple with junk")
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
