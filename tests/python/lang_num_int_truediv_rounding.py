print(10**30 / 3, (2**60 + 1) / 2, 1 / 3**40, (10**40) / (10**20), 2**53 / 3, (2**64 + 1) / 2**64)
print(10 ** -400, 2 ** -2, (-2) ** -1, 7 / 7, -1 / 3)
for f in (lambda: 2**10000 / 3, lambda: float(2**1024), lambda: 2**1024 * 1.0, lambda: 2.0 ** 2**70):
    try:
        print(f())
    except OverflowError as e:
        print(type(e).__name__, e)
print(2**1023 * 1.0, float(2**1023 + 2**970))
