print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("def f(a):\n    return a * 10\nr = f(4)", ns)
print(ns["r"], ns["f"](1))
y = 5
exec("y = y + 1")
print(y)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
