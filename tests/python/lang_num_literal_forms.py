print(1_000.5, 0XFF, 0O17, 0B11, 1E5, .5, 5., 1e-3, 0.000_1, 00, 0_0)
print(type(1e0).__name__, 10 ** 2, 1.0e+2, 0xFF_FF)
