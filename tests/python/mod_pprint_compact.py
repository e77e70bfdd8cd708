# pprint: compact=True packs list and tuple items on each line
import pprint
data = [list(range(40)), tuple('abcdefghij' * 2), [[1, 2], [3, 4]] * 6, ['x' * n for n in range(12)], {'k': list(range(20))}]
for width in (8, 15, 25, 40, 80):
    print(pprint.pformat(data, width=width, compact=True))
    print(pprint.pformat(data, width=width, compact=True, indent=3))
