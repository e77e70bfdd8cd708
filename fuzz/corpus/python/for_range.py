for i in range(3):
    print(i)
for i in range(10, 0, -4):
    print(i)
acc = []
for i in range(2, 20, 5):
    acc.append(i * i)
print(acc, i)
