for f in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: 0.0 ** -1):
    try:
        f()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for f in (lambda: 10.0 ** 400, lambda: float(10**400), lambda: 2.0 ** 10000, lambda: (10**400) / 1):
    try:
        f()
    except OverflowError as e:
        print(type(e).__name__, e)
