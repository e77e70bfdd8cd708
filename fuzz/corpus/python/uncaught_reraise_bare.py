def f():
    try:
        return [][0]
    except IndexError:
        print("logging and re-raising")
        raise
f()
