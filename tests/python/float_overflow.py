try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
