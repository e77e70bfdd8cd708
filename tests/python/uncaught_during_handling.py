def f():
    try:
        {}["a"]
    except KeyError:
        raise ValueError("while handling")
print("go")
f()
