name = "Ada"
n = 3
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"{name!r} has {len(name)} letters")
print(f"{{braces}} {n}")
print(f"{[1, 2]} {None} {True} {1.5}")
print(f"nested {'yes' if n > 2 else 'no'}")
