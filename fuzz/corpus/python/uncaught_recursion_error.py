def down(n):
    return down(n + 1)
print("before")
down(0)
