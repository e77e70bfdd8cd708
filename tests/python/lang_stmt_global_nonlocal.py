g = 0
def inc():
    global g
    g += 1
inc(); inc(); print(g)
def outer():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 10
        inner()
        return n
    return mid(), n
print(outer())
def make():
    global newglobal
    newglobal = "created"
make(); print(newglobal)
