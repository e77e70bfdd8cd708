def f(mode):
    out = []
    try:
        out.append("try")
        if mode == 1:
            raise ValueError("v")
        if mode == 2:
            raise KeyError("k")
    except ValueError as e:
        out.append("except " + str(e))
    except (KeyError, TypeError) as e:
        out.append("except2 " + repr(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
for m in range(3):
    print(f(m))
def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
h()
