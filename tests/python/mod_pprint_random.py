# gc-stress: every 23
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# pprint: pformat of pseudo-random nested data (dicts, lists, tuples, strings, bytes, numbers,
# collections types) at several widths and options, a deterministic sample of the differential
# test that compares Moat's pprint with CPython's
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

words = ['a', 'bb', 'hello world', 'x' * 30, 'the quick brown fox jumps', 'line\nbreak', "it's", '"q"', '', 'tab\there']
def leaf():
    k = rnd(8)
    if k == 0:
        return rnd(100000) - 500
    if k == 1:
        return rnd(1000) / 8
    if k == 2:
        return words[rnd(len(words))]
    if k == 3:
        return bytes(range(rnd(20)))
    if k == 4:
        return [None, True, False][rnd(3)]
    if k == 5:
        return ' '.join(words[rnd(len(words))] for _ in range(rnd(8)))
    return rnd(10 ** (1 + rnd(12)))

def value(depth):
    if depth > 3 or rnd(3) == 0:
        return leaf()
    k = rnd(9)
    n = rnd(7)
    if k < 2:
        return [value(depth + 1) for _ in range(n)]
    if k == 2:
        return tuple(value(depth + 1) for _ in range(n))
    if k < 5:
        return {('k%d' % rnd(50)) if rnd(4) else rnd(50): value(depth + 1) for _ in range(n)}
    if k == 5:
        return OrderedDict((words[rnd(len(words))], value(depth + 1)) for _ in range(n))
    if k == 6:
        return deque([value(depth + 1) for _ in range(n)], maxlen=[None, 10][rnd(2)])
    if k == 7:
        return Counter({'c%d' % i: rnd(5) for i in range(n)})
    return defaultdict(list, {'d%d' % i: value(depth + 1) for i in range(n)})

for i in range(70):
    v = value(0)
    for width in (1 + rnd(10), 15 + rnd(20), 40 + rnd(40), 100):
        opts = [{}, {'indent': 3}, {'compact': True}, {'sort_dicts': False}, {'depth': 2}, {'underscore_numbers': True},
                {'compact': True, 'indent': 2}][rnd(7)]
        print(i, width, opts)
        print(pprint.pformat(v, width=width, **opts))
