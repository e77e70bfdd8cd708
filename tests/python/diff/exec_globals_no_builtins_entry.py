# Deliberate difference (docs/security.md, "no __builtins__ object"): CPython's exec/eval store the
# builtins namespace in a globals dict under "__builtins__"; Moat never hands out that object.
# A dict the program itself puts there still restricts the names, as in CPython.
g = {}
exec("x = len('abc')", g)
print(g["x"], "__builtins__" in g)
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("n * 2", {"__builtins__": {}, "n": 21}))
