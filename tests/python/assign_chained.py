a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
