# Common TypeError messages, caught, then one uncaught.
tests = [
    lambda: len(5),
    lambda: "a" * "b",
    lambda: [1] + (2,),
    lambda: [None][0](),
    lambda: 1 < "a",
    lambda: {}[[]],
    lambda: int([1]),
    lambda: sum(["a", "b"]),
    lambda: "abc"[len("ab") / 2],
    lambda: abs("x"),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def f(a, b=1, *, c):
    return a
f(1, 2, 3)
