x = 7
name = "a"
print(f"{x=}", f"{x + 1 = }", f"{name=!s}")
