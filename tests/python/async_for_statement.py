# async for: __aiter__/__anext__, StopAsyncIteration ends the loop, else/break/continue.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
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
        raise ValueError("broken iterator")


async def main():
    async for i in Ticker(3):
        print("tick", i)
    else:
        print("else runs")
    async for i in Ticker(6):
        if i == 2:
            continue
        if i == 5:
            break
        print("t", i)
    else:
        print("not printed")
    total = 0
    async for a in Ticker(4):
        async for b in Ticker(a):
            total += a * b
    print("total", total)
    try:
        async for x in Broken():
            pass
    except ValueError as e:
        print("ValueError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
