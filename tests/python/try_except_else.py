def check(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        print(v, "division failed")
    else:
        print(v, "ok", r)
check(2)
check(0)
