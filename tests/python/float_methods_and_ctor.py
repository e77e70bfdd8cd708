# float(): constructor forms and errors, float methods, repr edge cases, mixed arithmetic.
for a in ["1.5", " -2.5e3 ", "1_000.000_1", "inf", "-Infinity", "nan", "1e400", ".5", "5.", "+0.0", "-0",
          3, True, 10**20, 2.5]:
    print(repr(a), float(a))
for a in ["abc", "", "1__0", "1e", "0x10", " ", "in f", None, [1], 10**400]:
    try:
        print(float(a))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))

for x in [0.0, -0.0, 1.0, 0.1, 1/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
          2.0**53, 2.0**53 + 2, 0.1 + 0.2, 100.0, 1e22, 1e23, 9.999999999999999e22]:
    print(repr(x), str(x), x.is_integer(), hash(x) == hash(int(x)) if x.is_integer() else hash(x))
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-3.0).as_integer_ratio(), (1.5).real, (1.5).imag,
      (1.5).conjugate())
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2),
      round(-0.4, 0), round(1e300, 2), round(5.5, None), type(round(5.5, 0)).__name__)

print(int(2.5), int(-2.5), 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2,
      divmod(7.5, 2), divmod(-7.5, 2), 1e308 * 10, -1e308 * 10, 1e-320 / 10)
print(2.0 ** 0.5, 2 ** 0.5, (-2.0) ** 2, (-2.0) ** 3, 0.0 ** 0, float("inf") ** 0, float("nan") ** 0,
      1.0 ** float("nan"), (-1.0) ** float("inf"), 10.0 ** -2, 4 ** 0.5)
for f in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 0.0 ** -1,
          lambda: 10.0 ** 400, lambda: 2 ** 10000 * 1.0, lambda: int(float("inf")), lambda: round(float("nan")),
          lambda: (2 ** 2000) / 3, lambda: 1 / 0]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, 1 < nan, [nan] == [nan], 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53,
      10**400 > 1e308, -(10**400) < -1e308, 10**400 < float("inf"), 1 == 1.0, hash(1) == hash(1.0),
      hash(10**20) == hash(1e20), hash(-0.0), hash(0.5), hash(float("inf")))

class MyFloat(float):
    pass
mf = MyFloat(1.25)
print(mf, repr(mf), mf + 1, type(mf + 1).__name__, isinstance(mf, float), MyFloat("2.5") * 2)
print(sum([0.1] * 10), 0.1 * 3, 1 - 0.9, 3 * 1.1, 1e16 + 1, 2 ** 64 / 3, 10 ** 30 / 10 ** 10, -7 / 2, 7 / -2)
print([x.hex() for x in [0.0, -0.0, 1.5, -2.5, 0.1, 1e300, 5e-324, 1e-310, float("inf"), float("nan")]])
