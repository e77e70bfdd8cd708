print(not 0, not 1, not "", not "x", not [], not None, not not 5)
x = 3
print(not x > 2, not (x > 5), x not in [1, 2], not x == 3)
