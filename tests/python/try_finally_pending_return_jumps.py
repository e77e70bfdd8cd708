# break/continue/return inside a finally body that runs while a return value is pending: the
# pending value is dropped (CPython 3.11), for loops, while loops, nested finally and with.
def f(p):
    for v in p:
        try:
            return 7
        finally:
            continue
    return "after"
def g():
    while True:
        try:
            return 1
        finally:
            break
    return "broke"
def h():
    try:
        return "inner"
    finally:
        return "finally wins"
def k(n):
    out = []
    for i in range(n):
        try:
            try:
                return i
            finally:
                out.append(i)
                if i < 3:
                    continue
        finally:
            out.append(-i)
    return out
def w():
    import contextlib
    for i in range(3):
        with contextlib.suppress(ValueError):
            try:
                return i
            finally:
                if i < 2:
                    continue
    return None
print(f([1]), f([]), g(), h(), k(5), w())
