r = (-8) ** (1 / 3)
print(type(r).__name__, round(r.real, 6), round(r.imag, 6))
print(pow(-4, 0.5))
print((-1) ** 0.5)
