data = [1, 5, 12, 3, 20]
print([y for x in data if (y := x * 2) > 10], y)
if (n := len(data)) > 3:
    print("long", n)
it = iter(data)
while (v := next(it, None)) is not None:
    print(v, end=" ")
print()
print((z := 5), z + 1)
def f():
    [w := i for i in range(3)]
    return w
print(f())
