class Awaitable:
    def __await__(self):
        yield "step"
        return 10
async def coro():
    x = await Awaitable()
    return x + 1
c = coro()
print(type(c).__name__)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
