for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        print("even", i)
    except ValueError as e:
        if e.args[0] == 3:
            break
        print("odd", e)
    else:
        print("else", i)
    finally:
        print("finally", i)
n = 0
while True:
    try:
        n += 1
        if n > 2:
            break
    finally:
        print("w", n)
