# `async with` in a plain function is a SyntaxError with CPython's message.
print("never printed")
def f(a):
    async with a:
        pass
