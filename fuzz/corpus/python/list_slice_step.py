a = list(range(20))
print(a[1:15:4], a[::5], a[19:0:-6])
del a[::2]
print(a)
a[::-3] = ["p", "q", "r", "s"]
print(a)
