srcs = ["def f():\n    nonlocal q\n", "nonlocal x\n", "def f():\n    x = 1\n    global x\n"]
for s in srcs:
    try:
        exec(s)
        print("ok?")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
