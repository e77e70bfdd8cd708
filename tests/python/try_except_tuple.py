def risky(n):
    if n == 0:
        return 1 / 0
    if n == 1:
        return [][0]
    if n == 2:
        return {}["k"]
    return int("x")
for n in range(4):
    try:
        risky(n)
    except (ZeroDivisionError, IndexError) as e:
        print(n, "arith/index", type(e).__name__)
    except (KeyError,):
        print(n, "key")
    except Exception as e:
        print(n, "other", type(e).__name__, e)
