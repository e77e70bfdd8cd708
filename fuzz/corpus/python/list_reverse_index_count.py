a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.index(1), a.index(5), a.count(1), a.count(7))
a.reverse()
print(a)
print(a.index(1, 4))
