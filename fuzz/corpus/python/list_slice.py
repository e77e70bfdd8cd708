a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-2:], a[:-7])
print(a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[20:], a[5:5])
b = a[:]
b[0] = 99
print(a[0], b[0])
