print("never printed")
print(1))
