def level3(n):
    if n > 2:
        raise RuntimeError(f"too deep: {n}")
    return level3(n + 1)
def level1():
    return level3(0)
print("running")
level1()
