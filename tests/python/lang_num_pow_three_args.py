print(pow(2, 100, 1000007))
print(pow(3, 10**18, 10**9 + 7))
print(pow(-5, 3, 7))
print(pow(5, -1, 7))
print(pow(2**100, 2**50, 2**61 - 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
