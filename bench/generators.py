# Generators and comprehensions: a lazy pipeline.
def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
squares = (x * x for x in evens(numbers(600_000)))
print(sum(squares), len([y for y in range(300_000) if y % 3 == 0]), sum({z % 1000 for z in range(200_000)}))
