for f in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "abc"[10], lambda: "x".foo, lambda: int("1.5"), lambda: "abc".index("z"), lambda: "%d" % (1, 2), lambda: "a" < 1, lambda: "{0}{1}".format(1), lambda: "s"[1.0]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
