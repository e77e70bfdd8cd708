n = 3
while n > 0:
    n -= 1
else:
    print("else ran", n)
n = 3
while n > 0:
    n -= 1
    if n == 1:
        break
else:
    print("not printed")
print("after", n)
