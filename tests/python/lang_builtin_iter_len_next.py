print(len([1, 2]), len("é𝄞"), len({}), len(range(10**20)) if False else len(range(0, 100, 7)), len(b"ab"))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len(range(10**20))
except OverflowError as e:
    print(e)
it = iter("ab"); print(next(it), next(it), next(it, "done"))
