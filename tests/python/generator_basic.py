def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("stop")
print(sum(x * x for x in range(5)))
