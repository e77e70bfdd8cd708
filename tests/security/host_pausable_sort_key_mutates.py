# expect: output keys [] [] []
# expect: output ValueError list modified during sort [1, 2, 3]
# expect: output KeyError 'stop' [3, 1, 2]
# expect: output sorted [1, 2, 3] [3, 1, 2, 7]
# echo-host: echo
# A sort key that makes host calls runs inline (it can pause); meanwhile the key sees the list
# empty, may append to it, clear it or sort it again; the outcome is CPython's list.sort one.
l = [3, 1, 2]
seen = []
def key(x):
    seen.append(list(l))
    return echo(x)
l.sort(key=key)
print("keys", *seen)
def grow(x):
    l.append(echo(x))
    l.sort(key=echo)
    l.clear()
    l.append(9)
    return x
l = [3, 1, 2]
try:
    l.sort(key=grow)
except ValueError as e:
    print(type(e).__name__, e, l)
def fail(x):
    if x == 2:
        raise KeyError(echo("stop"))
    return echo(x)
l = [3, 1, 2]
try:
    l.sort(key=fail)
except KeyError as e:
    print(type(e).__name__, e, l)
l = [3, 1, 2]
def keep(x):
    global l
    l = l + [7] if len(l) < 4 else l
    return echo(x)
print("sorted", sorted(l, key=keep), l)
