print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[c for c in w] for w in ("ab", "c")])
