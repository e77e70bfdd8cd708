print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print([x for x in range(20) if x % 2 if x % 3], {x % 3 for x in range(10)})
x = "outer"; r = [x for x in "ab"]; print(x, r)
