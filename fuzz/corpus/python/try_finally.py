def f(v):
    try:
        print("try", v)
        if v:
            raise ValueError("bad")
        print("no raise")
    except ValueError as e:
        print("except", e)
    finally:
        print("finally", v)
    print("end", v)
f(0)
f(1)
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
