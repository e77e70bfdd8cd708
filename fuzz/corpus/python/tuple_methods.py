t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2))
print(3 in t, 9 in t)
print(max(t), min(t), sum(t))
