def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
c(); c()
print(c())
def adder(n):
    return lambda x: x + n
print(adder(5)(10))
