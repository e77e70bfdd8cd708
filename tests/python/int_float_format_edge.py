# Formatting edge cases of int and float.
print(1e16, 1e-5, 0.1 + 0.2, 1/3, -0.0, 2.5e-300 * 1e-10)
print(format(1234567.891, ","), format(0.000123, ".2e"), format(255, "#x"), format(-7, "08d"))
print(f"{12345.6789:10.2f}|{-3:+d}|{42:<6}|{42:^6}|{42:>6}|{3.0:g}|{1e20:g}")
print(round(0.125, 2), round(0.375, 2), round(-2.5), round(1234.5678, -2))
print(int("  -42  "), int("1_000"), float("  1e3 "), float("-inf"), int(-3.99))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), 2 ** -1, (-8) ** 2)
