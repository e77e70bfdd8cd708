print((0.5).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print((1.5).hex(), float.fromhex("0x1.8p1"), (3.75).conjugate())
print(float("1e3"), float(" -2.5 "), float("1_0.5"))
try:
    float("abc")
except ValueError as e:
    print(e)
print(int(3.99), int(-3.99), float(7), float(True))
