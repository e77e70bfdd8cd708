o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(pow(2, 10), pow(2.0, -1), pow(2, 3, 5), pow(10, -2))
print("a", "b", sep="-", end="!\n"); print(); print(*[1, 2, 3], sep=", ")
print(1, None, True, 2.0, [1], sep="|")
import sys
print("to stderr", file=sys.stderr); print("flushed", flush=True)
