print(list(enumerate("ab")), list(zip([1, 2], "xy")))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed([1, 2, 3])), any([0, 1]), all([1, 0]))
for i, c in enumerate("xy", start=1):
    print(i, c)
