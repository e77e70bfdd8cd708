print(abs(-3), abs(2.5), abs(-2**70), abs(True), abs(-0.0))
print(all([]), all([1, 0]), any([]), any([0, None, "x"]), all(x > 0 for x in range(1, 4)), any(iter([0, 0])))
try:
    abs("s")
except TypeError as e:
    print(e)
