# repr of every power of two (the shortest round-trip string; some need the digit string above).
for e in range(-1074, 1024):
    x = 2.0 ** e
    print(e, repr(x))
