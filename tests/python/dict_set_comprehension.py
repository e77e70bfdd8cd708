print({k: len(k) for k in ["a", "bb", "ccc"]})
print(sorted({x % 3 for x in range(10)}))
