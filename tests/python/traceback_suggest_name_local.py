# Inside a function the local variable names are searched first: the local 'totals' wins over
# the closer global 'total' (CPython 3.11 stops at the first scope with a suggestion).
total = 10

def count(totals, step):
    extra = step * 2
    return totl + extra

print(count.__name__)
count(3, 1)
