def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print([] or "default", "x" and 0, None or None, 0 or "" or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
