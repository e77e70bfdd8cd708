def ok():
    return 1

print("never printed")
for i in range(3):
    if i:
        print(i
    else:
        pass
