x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("a", {}, {"a": 7}))
g = {}
exec("def f(n):\n    return n * 2\nz = f(21)", g)
print(g["z"], "f" in g)
exec("w = x + 5")
print(w)
ns = {"v": 1}
exec("v += 1\nimport math\nr = math.floor(2.5)", ns)
print(ns["v"], ns["r"])
print(eval("[i * i for i in range(4)]"), eval("(lambda q: q + 1)(1)"))
print(eval(" 1 + 2 \n"), eval(b"3 * 3"))
try: eval("1 +")
except SyntaxError as e: print("SyntaxError:", e.msg)
try: exec("if True:\nprint(1)")
except SyntaxError as e: print(type(e).__name__ + ":", e.msg)
try: eval("undefined_name")
except NameError as e: print("NameError:", e)
try: eval("x = 1")
except SyntaxError as e: print("SyntaxError:", e.msg)
try: eval(5)
except TypeError as e: print("TypeError:", e)
try: exec("1", [])
except TypeError as e: print("TypeError:", e)
print(exec("1 + 1"))
loc = {}
exec("class K:\n    val = 3\nk = K()", None, loc) if False else exec("class K:\n    val = 3\nk = K()", {}, loc)
print(loc["k"].val, type(loc["k"]).__name__)
def scope():
    y = 5
    return eval("y + 1")
print(scope())
def scope2():
    return eval("x + 100")
print(scope2())
try: exec("raise ValueError('from exec')")
except ValueError as e: print("ValueError:", e)
print(eval("__name__"), eval("__name__", {}) if False else eval("len('ab')", {}))
d = {"__builtins__": {}}
try: eval("len('x')", d)
except NameError as e: print("NameError:", e)
