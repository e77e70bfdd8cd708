def gen(n):
    print("start")
    for i in range(n):
        yield i * i
    print("end")
g = gen(3)
print(type(g).__name__, g.__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("stop")
print(list(gen(2)), sum(gen(4)))
