# An uncaught SystemExit ends the program with its code and prints no traceback.
print("before")
for i in range(3):
    if i == 2:
        raise SystemExit(3)
    print(i)
print("never")
