for a, b in ((1, 0), (1.0, 0), (1, 0.0), (0, 0)):
    try:
        a / b
    except ZeroDivisionError as e:
        print("/", e)
    try:
        a // b
    except ZeroDivisionError as e:
        print("//", e)
    try:
        a % b
    except ZeroDivisionError as e:
        print("%", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("pow", e)
