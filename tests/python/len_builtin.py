print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len(range(7)), len(""))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
