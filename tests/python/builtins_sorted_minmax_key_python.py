# sorted()/list.sort()/min()/max() with Python key functions and any()/all() over generators:
# every key is computed before sorting, stability, reverse, errors, short-circuiting.
log = []
def key(x):
    log.append(x)
    return x % 3

print(sorted([5, 3, 4, 1, 2, 6], key=key), log)
print(sorted([5, 3, 4, 1, 2, 6], key=key, reverse=True))
print(sorted((x for x in "bAcD"), key=str.lower), sorted("bAcD", key=lambda c: c.lower(), reverse=1))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=lambda w: len(w))
print(words)
words.sort(key=lambda w: len(w), reverse=True)
print(words)

l = [3, 1, 2]
def seen(x):
    print("  key sees", l)
    return x
l.sort(key=seen)
print(l)
def grow(x):
    l.append(x)
    return x
try:
    l.sort(key=grow)
except ValueError as e:
    print(type(e).__name__, e, l)
l = [3, 1, 2]
def fail(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    l.sort(key=fail)
except KeyError as e:
    print(type(e).__name__, e, l)
try:
    sorted([1, "a", 2], key=lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: x, reverse="no")
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)

print(max([1, 5, 3, 5], key=lambda x: x // 2), min([4, 1, 7, 0], key=lambda x: abs(x - 3)))
print(max("a", "bb", "c", key=len), min("bb", "a", "c", key=len))
print(max([], key=len, default="dflt"), min((x for x in []), key=len, default=None))
print(max((x for x in [2, 9, 4]), key=lambda x: -x), min(range(5), key=lambda x: (x - 2) ** 2))
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(1, "a"), (1, "b")], key=lambda t: t[0]))
for call in (lambda: max([], key=len), lambda: min((x for x in ()), key=len),
             lambda: max(1, 2, key=abs, default=0), lambda: max(5, key=abs),
             lambda: min([1, "x"], key=lambda v: v), lambda: max(key=abs)):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def noisy(n, tag):
    for i in range(n):
        print("  ", tag, i)
        yield i
print(any(x > 1 for x in noisy(5, "any")))
print(all(x < 1 for x in noisy(5, "all")))
print(any(x > 10 for x in noisy(2, "any2")), all(x < 10 for x in noisy(2, "all2")))
print(any(map(lambda x: x == 2, noisy(5, "map"))), all(filter(None, noisy(3, "filter"))))
print(any(()), all(()), any(x for x in []), all(x for x in []))
try:
    any(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
