for i in range(3):
    print(i)
    i = 100
print(i)
a = [1, 2, 3]
for x in a:
    x *= 2
print(a)
