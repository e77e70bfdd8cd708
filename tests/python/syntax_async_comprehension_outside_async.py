# An async list comprehension needs a coroutine around it.
print("never printed")
def f(y):
    return [x async for x in y]
