print(1 << 100)
print((1 << 100) >> 37)
print(-1 >> 10)
print(-(2**100) >> 3)
print(-5 >> 1)
print(5 << 0)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -2
except ValueError as e:
    print(type(e).__name__, e)
