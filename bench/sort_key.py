# list.sort with a key function and tuple comparisons.
import random
rng = random.Random(7)
rows = [(rng.randrange(1000), rng.random(), str(i)) for i in range(100_000)]
rows.sort(key=lambda r: (r[0], -r[1]))
s = sorted(rows, key=lambda r: r[2])
print(rows[0][0], rows[-1][0], s[0][2], s[-1][2])
