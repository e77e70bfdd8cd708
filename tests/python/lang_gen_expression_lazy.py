def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
ge = (x * 10 for x in noisy(3))
print("created", type(ge).__name__)
print(next(ge))
print(list(ge))
print(sum(x for x in range(5)), max((len(w), w) for w in "a bb ccc".split()))
try:
    (1 / x for x in [0])
    print("no error yet")
except ZeroDivisionError:
    print("eager?")
