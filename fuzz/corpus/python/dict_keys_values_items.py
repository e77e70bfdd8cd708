d = {"x": 1, "y": 2, "z": 3}
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys())
print(d.values())
print(d.items())
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print("x" in d.keys(), 2 in d.values())
