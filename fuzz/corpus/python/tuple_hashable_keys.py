d = {(0, 0): "origin", (1, 2): "p"}
d[(3, 4)] = "q"
print(d[(1, 2)], d[(0, 0)], (3, 4) in d, (4, 3) in d)
print(hash((1, 2)) == hash((1, 2)))
print(d)
