# Interpreter loop: integer and float arithmetic in a while loop.
i = 0
acc = 0
f = 0.0
while i < 1_000_000:
    acc = (acc + i * 7) % 1000003
    f += i * 0.5
    i += 1
print(acc, f)
