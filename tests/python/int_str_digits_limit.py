n = 10 ** 4299
print(len(str(n)))
try:
    s = str(10 ** 5000)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299 * 9)))
