class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer", swallow=True), CM("inner"):
    raise ValueError("boom")
print("after")
with (CM("p") as p,
      CM("q") as q):
    print(p, q)
