def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f())
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            continue
    return "loop done"
print(g())
def h():
    while True:
        try:
            return "try"
        finally:
            break
    return "after break"
print(h())
def k():
    x = 0
    try:
        x += 1
        return x
    finally:
        x += 10
        print("x in finally", x)
print(k())
