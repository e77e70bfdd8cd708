try:
    int("abc")
except ValueError as e:
    print(1, e)
try:
    float("x1")
except ValueError as e:
    print(2, e)
try:
    [1, 2][5]
except IndexError as e:
    print(3, e)
try:
    "abc"[10]
except IndexError as e:
    print(4, e)
try:
    None + 1
except TypeError as e:
    print(5, e)
try:
    "a" + 1
except TypeError as e:
    print(6, e)
try:
    1 + "a"
except TypeError as e:
    print(7, e)
try:
    undefined_name
except NameError as e:
    print(8, e)
try:
    [].pop()
except IndexError as e:
    print(9, e)
try:
    [1].index(2)
except ValueError as e:
    print(10, e)
try:
    "abc".index("z")
except ValueError as e:
    print(11, e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(12, e)
try:
    5()
except TypeError as e:
    print(13, e)
try:
    "s".nosuch
except AttributeError as e:
    print(14, e)
try:
    [1] * "a"
except TypeError as e:
    print(15, e)
try:
    {}[[1]] = 2
except TypeError as e:
    print(16, e)
