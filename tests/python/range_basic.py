print(list(range(5)), list(range(2, 8)), list(range(1, 10, 3)))
print(list(range(10, 0, -3)), list(range(0)), list(range(5, 2)), list(range(-3, 3)))
print(range(5), range(1, 7, 2), range(0, -5, -1))
total = 0
for i in range(101):
    total += i
print(total)
