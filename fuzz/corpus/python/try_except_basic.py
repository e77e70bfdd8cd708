try:
    print("before")
    x = 1 / 0
    print("not reached")
except ZeroDivisionError:
    print("caught")
print("after")
try:
    print("no error")
except ValueError:
    print("not run")
