def second(pair):
    return pair[1]
pairs = [("a", 3), ("b", 1), ("c", 2), ("d", 1)]
pairs.sort(key=second)
print(pairs)
print(sorted(pairs, key=second, reverse=True))
print(sorted([-3, 2, -1], key=abs))
