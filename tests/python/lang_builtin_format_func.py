print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","), format(0.5, "%"), format(7), format(True, "d"), format(2**80, "x"))
try:
    format(1, "q")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
