def f(a, b=1):
    return a + b
for call in ("f()", "f(1, 2, 3)", "f(1, c=2)", "f(1, a=2)"):
    try:
        if call == "f()":
            f()
        elif call == "f(1, 2, 3)":
            f(1, 2, 3)
        elif call == "f(1, c=2)":
            f(1, c=2)
        else:
            f(1, a=2)
    except TypeError as e:
        print(call, "->", e)
