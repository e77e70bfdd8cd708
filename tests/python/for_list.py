total = 0
for x in [3, 1, 4, 1, 5]:
    total += x
    print(x, total)
for x in []:
    print("never")
for c in ("a", "b"):
    print(c)
print(x)
