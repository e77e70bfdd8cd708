print(round(1.5e300, -299), round(123.456, -1), round(123.456, 10), round(-0.5), round(0.5 + 1e-16))
print(round(10**30 + 5, -1), round(-25, -1), round(35, -1), round(2**70, -20))
print(round(float("inf")) if False else "skip", round(1.23456789e-5, 8))
for bad in (lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1")):
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
