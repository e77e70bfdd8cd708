for f in (lambda: [].pop(), lambda: {}.popitem(), lambda: int("x"), lambda: None.attr, lambda: undefined, lambda: (lambda: 0)(1), lambda: [1, 2].index(3), lambda: "".join([1]), lambda: 1 + [], lambda: [] + 1, lambda: {} + {}, lambda: -"s", lambda: ~1.5, lambda: 1 < "a", lambda: sorted([None, 1]), lambda: tuple(5), lambda: dict([1]), lambda: list(1.5)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
