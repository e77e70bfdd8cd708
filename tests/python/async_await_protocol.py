# await on objects with __await__, and the TypeErrors/RuntimeErrors of misuse.
import asyncio


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield
        return self.v


class Bad:
    def __await__(self):
        return 5


async def f():
    return 1


async def g(c):
    return await c


async def main():
    print(await Ready("r"))
    for obj in (3, None, Bad()):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())

c = f()
print(asyncio.run(g(c)))
try:
    asyncio.run(g(c))
except RuntimeError as e:
    print("RuntimeError:", e)

c = f()
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()

c = f()
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
