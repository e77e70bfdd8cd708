print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {p.real}".format([5, 6], p=3), "{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{{}} {:.3f} {:+d} {!r}".format(3.14159, 5, "s"), "{:{w}.{p}f}".format(2.5, w=8, p=2))
print("{d[key]}".format(d={"key": "v"}))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
