x = 5
name = "bob"
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{name=}", f"{x=:03d}", f"{3.5=:.2f}")
