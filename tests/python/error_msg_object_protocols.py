try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
five = 5
try:
    five()
except TypeError as e:
    print(e)
try:
    "s".nosuch
except AttributeError as e:
    print(e)
try:
    [].nosuch()
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
text = "abc"
try:
    text["x"]
except TypeError as e:
    print(e)
