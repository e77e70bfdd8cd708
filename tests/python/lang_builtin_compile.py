code = compile("3 ** 2", "<c>", "eval")
print(eval(code), type(code).__name__)
ns = {}
exec(compile("a = 1\nb = a + 1", "<s>", "exec"), ns)
print(ns["b"])
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
