# gc-stress: every 5
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# statistics: quantiles(data, n=, method='exclusive'|'inclusive')
import random
import statistics as st
from fractions import Fraction as F

def show(*a, **k):
    try:
        r = st.quantiles(*a, **k)
        print([(type(x).__name__, x) for x in r])
    except Exception as e:
        print(type(e).__name__, e)

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91,
        103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88,
        89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
show(data)
show(data, n=10)
show(data, n=10, method='inclusive')
show(data, n=1)
show([1, 2], n=4)
show([1, 2], n=4, method='inclusive')
show([1.5, 2.5, 10], n=7)
show([F(1, 3), F(1, 2), 2], n=3)
show([F(1, 3), F(1, 2), 2], n=3, method='inclusive')
show(iter([5, 1, 3]), n=5)
show([1, 2, 3], n=0)
show([1, 2, 3], n=-2)
show([1], n=4)
show([], n=4)
show([1, 2, 3], method='median')
show([1, 2, 3], n=2, method='INCLUSIVE')
try:
    st.quantiles([1, 2, 3], 4)
except TypeError as e:
    print("TypeError", e)

rng = random.Random(7)
for trial in range(150):
    size = rng.randint(2, 20)
    d = [rng.uniform(-50, 50) if trial % 2 else rng.randint(-30, 30) for _ in range(size)]
    n = rng.randint(1, 12)
    print(trial, st.quantiles(d, n=n), st.quantiles(d, n=n, method='inclusive'))
