n = 0
while n < 5:
    print(n)
    n += 1
i = 10
while i:
    i -= 3
    if i < 0:
        break
print("done", i)
