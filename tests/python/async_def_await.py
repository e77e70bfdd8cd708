# async def makes coroutine objects; await runs them and returns their value.
import asyncio


async def add(a, b):
    return a + b


async def twice(x):
    first = await add(x, x)
    second = await add(first, 1)
    return first, second


c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object add at 0x"))
c.close()


class K:
    async def method(self, v):
        return await add(v, 10)


print(K.method.__qualname__)
print(asyncio.run(twice(4)))
print(asyncio.run(K().method(5)))

# Driving a coroutine by hand: send(None) runs it to its first suspension or its end.
c = twice(2)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)


async def nested(n):
    if n == 0:
        return 0
    return n + await nested(n - 1)


print(asyncio.run(nested(50)))
