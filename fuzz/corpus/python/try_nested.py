try:
    try:
        [][1]
    except KeyError:
        print("wrong handler")
    print("not reached")
except IndexError as e:
    print("outer", e)
for i in range(3):
    try:
        try:
            if i == 0:
                raise ValueError(i)
            if i == 1:
                raise TypeError(i)
        except ValueError as e:
            print("inner", repr(e))
    except TypeError as e:
        print("outer", repr(e))
    else:
        print("else", i)
