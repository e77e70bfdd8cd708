r = range(0, 20, 3)
print(r[2:5], r[::-1], r[::2], r[-1:0:-2], range(5)[10:], list(range(-5, 5, 4)), range(3) == range(0, 3), range(0) == range(5, 2))
print(hash(range(3)) == hash(range(0, 3, 1)), reversed(range(3)).__class__.__name__ , 5 in range(0, 10**20, 5), (10**19) in range(0, 10**20, 7))
print(range(2**64).stop, range(2**64)[2**63], range(1, 10).index(5))
try:
    range(3).index(7)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
