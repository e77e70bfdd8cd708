print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("  -42  "), int("1_000_000"), int("+7"))
print(int("123456789012345678901234567890"))
print(int("-zz", 36))
for s, b in (("12", 2), ("", 10), ("0x", 16), ("1__0", 10), ("08", 0)):
    try:
        int(s, b)
    except ValueError as e:
        print(e)
try:
    int("1", 37)
except ValueError as e:
    print(e)
