inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf))
print(inf + 1, inf - inf, inf * 0, 1 / inf)
print(nan == nan, nan != nan, inf > 10**300, -inf < -10**300)
print(float("-Infinity"), float("NaN"), float("  inf "))
print(sorted([3.0, inf, -inf, 1.0]))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
