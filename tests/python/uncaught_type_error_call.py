def needs_two(a, b):
    return a * b
print(needs_two(2, 3))
needs_two(1)
