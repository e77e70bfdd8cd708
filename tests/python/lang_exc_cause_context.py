try:
    try:
        {}["a"]
    except KeyError:
        int("x")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError(1)
    finally:
        pass
except ValueError as e:
    print(e.__context__)
def f():
    try:
        raise TypeError("inner")
    except TypeError as e:
        return e
e = f(); print(e.__context__)
