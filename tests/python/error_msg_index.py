try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    (1,)[-3]
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    a = [1]
    a[3] = 0
except IndexError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
