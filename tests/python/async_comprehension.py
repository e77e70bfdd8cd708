# Async comprehensions: `async for` clauses and `await` in comprehensions inside coroutines.
import asyncio


class Count:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class Broken:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("from __anext__")


async def double(x):
    await asyncio.sleep(0.01)
    return 2 * x


async def main():
    print([v async for v in Count(4)])
    print({v % 2 async for v in Count(5)})
    print({v: v * v async for v in Count(3) if v != 2})
    print([await double(x) for x in range(4)])
    print([(a, b) async for a in Count(2) for b in range(a)])
    print([(a, b) for a in range(3) async for b in Count(a)])
    print([await double(v) async for v in Count(3) if await double(v) > 2])
    try:
        [x async for x in Broken()]
    except KeyError as e:
        print("KeyError", e)
    try:
        xs = [1, 2]
        [x async for x in xs]
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
