a = list(range(8))
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
x = 5
del x
print(len(a))
