def nothing():
    return
def implicit():
    x = 1
def pair():
    return 1, "two"
def early(n):
    if n > 0:
        return "positive"
    return "non-positive"
print(nothing(), implicit(), pair(), early(1), early(-1))
a, b = pair()
print(a, b)
