# A script does not print the value of its last expression (only the REPL does), whatever it is.
class Thing:
    pass
print("start")
x = [1, 2, 3]
len(x)
Thing()
