d = {}
for k in ["zebra", "apple", "mango", 3, 1, 2]:
    d[k] = len(str(k))
print(list(d))
del d["apple"]
d["apple"] = 0
print(list(d))
d["zebra"] = 99
print(d)
