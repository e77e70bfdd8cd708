d = {k: k * k for k in range(5) if k != 2}
print(d, {c: i for i, c in enumerate("abca")})
d2 = {}
for k in ["z", "a", "m"]:
    d2[k] = len(d2)
d2["z"] = 99
print(d2, list(d2.items()))
del d2["z"]; d2["z"] = 0
print(d2)
print(dict.fromkeys("abc", 0), dict(a=1, b=2), dict([("x", 1)], y=2), dict(zip("ab", range(2))))
