r = range(10 ** 20)
print(r, r[-1], r[10 ** 19], r[5:10 ** 19:3], r[::-1][:2], 10 ** 19 in r, r.index(5), bool(r))
print(range(0, 10 ** 20, 3 * 10 ** 19), list(range(0, 10 ** 20, 3 * 10 ** 19)), sum(range(10 ** 20, 10 ** 20 + 3)))
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)), list(reversed(range(2 ** 63 - 1, 2 ** 63 + 1))))
print(hash(range(10 ** 20)) == hash(range(0, 10 ** 20)), range(True, 3), range(5)[True])
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
try:
    r[10 ** 20]
except IndexError as e:
    print("IndexError", e)
