print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.71828, 3), round(1234.5678, -2))
print(round(7), round(-7.7), type(round(2.2)))
print(round(1e20), round(123, -1))
