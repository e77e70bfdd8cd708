# `async for` at module level is a SyntaxError with CPython's message.
print("never printed")
async for a in b:
    pass
