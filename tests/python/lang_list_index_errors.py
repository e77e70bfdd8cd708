a = [1, 2, 3]
for f in (lambda: a[3], lambda: a[-4], lambda: a["x"], lambda: a.pop(10), lambda: (1, 2)[5], lambda: "ab"[2], lambda: a.insert("x", 1)):
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a[5] = 1
except IndexError as e:
    print(e)
try:
    del a[7]
except IndexError as e:
    print(e)
print(a[1:100], a[-100:-2])
