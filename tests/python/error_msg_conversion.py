try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("12.5")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    int("")
except ValueError as e:
    print(e)
