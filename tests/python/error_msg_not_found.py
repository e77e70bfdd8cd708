try:
    [1].index(2)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
try:
    (1, 2).index(3)
except ValueError as e:
    print(e)
