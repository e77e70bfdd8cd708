try:
    None + 1
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [1] * "a"
except TypeError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    -"s"
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
