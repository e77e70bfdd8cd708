a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["a", "b", "c"]
print(a)
a[:2] = []
print(a)
a[len(a):] = [8, 9]
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
a[2:2] = "xy"
print(a)
