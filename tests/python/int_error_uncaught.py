# An uncaught ValueError from int() ends the run (exit 1, CPython's message).
x = 10 ** 4299
print(len(str(x)))
print(int("7" * 4300) % 1000)
print(float("1e5") / 4)
print(int("12abc"))
