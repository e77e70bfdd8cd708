for ch in "abc":
    print(ch)
n = 0
for ch in "mississippi":
    if ch == "s":
        n += 1
print(n)
print(list("hey"))
