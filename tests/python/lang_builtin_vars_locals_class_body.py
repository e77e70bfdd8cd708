class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    b = 2
print(C.names)
def f():
    x = 1
    return sorted(vars())
print(f())
print(sorted(k for k in vars() if k in ("C", "f")))
