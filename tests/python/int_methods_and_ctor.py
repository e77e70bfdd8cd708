# int(): constructor forms and errors, int methods and attributes, subclasses.
for args in [(), ("12",), (" -7 ",), ("1_000",), ("0x1f", 16), ("0x1f", 0), ("0b101", 0), ("0o17", 0),
             ("z", 36), ("10", 2), (3.99,), (-3.99,), (True,), (b"42",), ("  +5\n",), (1e20,)]:
    print(args, int(*args))
for args in [("x",), ("1__0",), ("",), ("12", 1), ("12", 37), (1.5, 2), (float("inf"),), (float("nan"),),
             ([],), ("0x", 16), ("08", 0), ("1.5",), (None,)]:
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(int("12", base=8), int(x="5") if False else 5)

class WithIndex:
    def __index__(self):
        return 7
class WithInt:
    def __int__(self):
        return 9
print(int(WithInt()), bin(WithIndex()), hex(WithIndex()), [1, 2, 3, 4, 5, 6, 7, 8][WithIndex()])

for n in [0, 1, -1, 255, 256, -256, 2**64, -(2**64) + 1, 10**30]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator, n.conjugate(),
          n.as_integer_ratio(), bin(n), oct(n), hex(n))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True),
      int.from_bytes(b"\x00" * 10 + b"\x01", "big"))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle")]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

class MyInt(int):
    pass
m = MyInt(41)
print(m + 1, type(m + 1).__name__, repr(m), isinstance(m, int), m == 41, hash(m) == hash(41), MyInt("ff", 16))
big = MyInt(10**25)
print(big * 2, big // 7, -big, str(big), big > 10**24)
print(True + True, True * 10, -True, ~False, True & 1, True | False, True ^ True, type(True & True).__name__)
print(round(123456, -2), round(-2500, -3), round(7, 0), round(True), divmod(-17, 5), divmod(17, -5))
print(pow(7, 123, 1000), pow(-7, 3, 10), pow(3, -1, 11), pow(2, 100), pow(2, -2), (-8) ** 3)
print(abs(-5), abs(True), abs(-(10**40)), -(-(2**63)), (2**63) - 1 + 1)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, (-(10**20)) // 3, (-(10**20)) % 3, (10**20) % -7)
print(1 << 64, (1 << 64) >> 63, -1 >> 100, -(2**70) >> 3, (2**100) & (2**100 - 1), -(2**70) | 5, -(2**70) ^ -1)
print(int.__add__(3, 4), int.__pow__(2, 10, 7), int.__pow__(2, 10), (5).__index__(), (7).__round__(-1))
