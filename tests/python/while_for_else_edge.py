# Loops with else, continue in nested loops, and loop variables after the loop.
for i in range(3):
    pass
print("i after loop", i)
for j in []:
    pass
else:
    print("else runs for an empty loop")
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
else:
    print("not printed")
print("n", n)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for x in row:
        if x == 4:
            found = (row, x)
            break
    else:
        continue
    break
print("found", found)
