for x in (0.1, 0.5, 1.0, 100.0, 1e16, 1e15, 123456789.123, 1e-4, 1e-5, 1.5e300, 2.5e-300,
          1/3, 2/3, 10/3, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, -0.0, 3.14159, 1e22, 1e23):
    print(repr(x), str(x))
print(float("inf"), float("-inf"), float("nan"))
print(float("1.5"), float(" 2 "), float(7), float("1e3"), float("-.5"))
