a = list(range(10))
a[2:5] = ["x"]; print(a)
a[::2] = "ABCDE"[: len(a[::2])]; print(a)
del a[::3]; print(a)
a[1:1] = [7, 7]; print(a)
a[:] = []; print(a)
b = list(range(6)); b[5:1:-2] = [0, 0]; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
c = list(range(8)); del c[-3:]; del c[:2]; print(c, c[::-1], c[-100:100], c[5:1])
